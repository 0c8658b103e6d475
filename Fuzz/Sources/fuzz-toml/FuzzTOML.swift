import CFuzzDriver
import Core
@testable import Site

/// Any bytes as the TOML front matter of a content file (`+++`, the bytes, `+++`, a body): nothing
/// may crash, and every error must point inside the file. See fuzz-front-matter for YAML.
private let config = try! ConfigLoader.parse("""
    title: Fuzz
    base_url: https://fuzz.example/
    segments:
      founders: {title: Founders}
    """, file: "goodwill.yml")

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTOML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array("+++\n".utf8) + Array(UnsafeBufferPointer(start: data, count: size)) + Array("\n+++\nBody.\n".utf8)
    // Lines end at LF, CRLF or a lone CR, as in YAML, CommonMark and editors.
    let lines = 1 + bytes.indices.filter { bytes[$0] == 0x0A || (bytes[$0] == 0x0D && ($0 + 1 == bytes.count || bytes[$0 + 1] != 0x0A)) }.count
    let source = DocumentReader.Source(kind: .article, sourcePath: "content/articles/fuzz.md", contentPath: "articles/fuzz.md",
                                       fileSlug: "fuzz", assets: [])
    let (_, errors) = DocumentReader(config: config).readReportingAll(bytes, from: source)
    for error in errors {
        guard case .file(_, let line, let column) = error.location else { continue }
        if let line, !(1...lines).contains(line) { fatalError("line \(line) outside 1...\(lines): \(error)") }
        if let column, column < 1 { fatalError("column \(column): \(error)") }
    }
    return 0
}

/// The program's entry (see CFuzzDriver.h): libFuzzer's driver, with this target's input function.
@_cdecl("fuzz_toml_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzTOML(data!, size) }
}
