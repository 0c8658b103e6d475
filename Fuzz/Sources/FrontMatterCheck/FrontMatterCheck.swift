import Core
@testable import Site

/// What the two front matter targets check: `bytes` read as an article (and, with
/// `alsoAsConfig`, as goodwill.yml) may give errors, never a crash, and every error must point
/// inside the file: a line from 1 to the file's line count, a column from 1.
private let config = try! ConfigLoader.parse("""
    title: Fuzz
    base_url: https://fuzz.example/
    segments:
      founders: {title: Founders}
    """, file: "goodwill.yml")

public func checkFrontMatter(_ bytes: [UInt8], alsoAsConfig: Bool) -> CInt {
    // Lines end at LF, CRLF or a lone CR, as in YAML, CommonMark and editors.
    let lines = 1 + bytes.indices.filter { bytes[$0] == 0x0A || (bytes[$0] == 0x0D && ($0 + 1 == bytes.count || bytes[$0 + 1] != 0x0A)) }.count
    let source = DocumentReader.Source(kind: .article, sourcePath: "content/articles/fuzz.md", contentPath: "articles/fuzz.md",
                                       fileSlug: "fuzz", assets: [])
    var reported = DocumentReader(config: config).readReportingAll(bytes, from: source).1
    if alsoAsConfig {
        do { _ = try ConfigLoader.parse(String(decoding: bytes, as: UTF8.self), file: "goodwill.yml") } catch { reported.append(error) }
    }
    for error in reported {
        guard case .file(_, let line, let column) = error.location else { continue }
        if let line, !(1...lines).contains(line) { fatalError("line \(line) outside 1...\(lines): \(error)") }
        if let column, column < 1 { fatalError("column \(column): \(error)") }
    }
    return 0
}
