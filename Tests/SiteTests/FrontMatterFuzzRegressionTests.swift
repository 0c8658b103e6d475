import Core
import Foundation
import Testing
@testable import Site

/// Inputs `make fuzz` found for front matter and goodwill.yml, run again: every error must point
/// inside the file, at a line the editor can jump to.
@Suite("Front matter fuzz regressions")
struct FrontMatterFuzzRegressionTests {
    @Test("every committed input's errors name a line from 1 to the file's last, and a column from 1")
    func regressions() throws {
        let inputs = try FuzzRegressions.inputs("front-matter")
        #expect(!inputs.isEmpty)
        let config = try ConfigLoader.parse("title: T\nbase_url: https://t.example/\n", file: "goodwill.yml")
        for bytes in inputs {
            // Lines end at LF, CRLF or a lone CR, as in YAML, CommonMark and editors.
            let lines = 1 + bytes.indices.filter { bytes[$0] == 0x0A || (bytes[$0] == 0x0D && ($0 + 1 == bytes.count || bytes[$0 + 1] != 0x0A)) }.count
            let source = DocumentReader.Source(kind: .article, sourcePath: "content/articles/f.md", contentPath: "articles/f.md",
                                               fileSlug: "f", assets: [])
            var errors = DocumentReader(config: config).readReportingAll(bytes, from: source).1
            do { _ = try ConfigLoader.parse(String(decoding: bytes, as: UTF8.self), file: "goodwill.yml") } catch { errors.append(error) }
            #expect(!errors.isEmpty)
            for error in errors {
                guard case .file(_, let line, let column) = error.location else { continue }
                #expect((1...lines).contains(line ?? 1), "\(error)")
                #expect((column ?? 1) >= 1, "\(error)")
            }
        }
    }
}
