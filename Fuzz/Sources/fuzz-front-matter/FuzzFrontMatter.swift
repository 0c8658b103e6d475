import CFuzzDriver
import Core
@testable import Site

/// Any bytes as a content file with YAML `---` front matter (or none) and a body, and as
/// goodwill.yml. Nothing may crash, and every error must point inside the file: a line from 1
/// to the file's line count, a column from 1. TOML (`+++`) has a target of its own, fuzz-toml:
/// TOMLKit's parser aborts on assertions upstream, and YAML, the default, must not wait on it.
private let config = try! ConfigLoader.parse("""
    title: Fuzz
    base_url: https://fuzz.example/
    segments:
      founders: {title: Founders}
    """, file: "goodwill.yml")

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatter(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if bytes.starts(with: Array("+++".utf8)) || bytes.starts(with: [0xEF, 0xBB, 0xBF] + Array("+++".utf8)) { return 0 }
    return check(bytes, yamlConfigToo: true)
}

/// Reads `bytes` as an article (and, for YAML, as goodwill.yml) and checks every error's place.
func check(_ bytes: [UInt8], yamlConfigToo: Bool) -> CInt {
    // Lines end at LF, CRLF or a lone CR, as in YAML, CommonMark and editors.
    let lines = 1 + bytes.indices.filter { bytes[$0] == 0x0A || (bytes[$0] == 0x0D && ($0 + 1 == bytes.count || bytes[$0 + 1] != 0x0A)) }.count
    let source = DocumentReader.Source(kind: .article, sourcePath: "content/articles/fuzz.md", contentPath: "articles/fuzz.md",
                                       fileSlug: "fuzz", assets: [])
    let (_, errors) = DocumentReader(config: config).readReportingAll(bytes, from: source)
    var reported = errors
    if yamlConfigToo {
        do { _ = try ConfigLoader.parse(String(decoding: bytes, as: UTF8.self), file: "goodwill.yml") } catch { reported.append(error) }
    }
    for error in reported {
        guard case .file(_, let line, let column) = error.location else { continue }
        if let line, !(1...lines).contains(line) { fatalError("line \(line) outside 1...\(lines): \(error)") }
        if let column, column < 1 { fatalError("column \(column): \(error)") }
    }
    return 0
}

/// The program's entry (see CFuzzDriver.h): libFuzzer's driver, with this target's input function.
@_cdecl("fuzz_front_matter_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzFrontMatter(data!, size) }
}
