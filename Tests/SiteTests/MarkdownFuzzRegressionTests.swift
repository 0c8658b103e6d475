import Markdown
import Testing

/// Inputs `make fuzz`'s markdown target found (Tests/Fixtures/fuzz/markdown), through the safe
/// renderer with the target's promise: no tag of code, frame or style, no handler, no style
/// attribute but a table cell's alignment, no script URL.
@Suite("Markdown fuzz regressions")
struct MarkdownFuzzRegressionTests {
    @Test("every committed input renders safe")
    func committedInputs() throws {
        let inputs = try FuzzRegressions.inputs("markdown")
        #expect(!inputs.isEmpty)
        for input in inputs {
            let html = input.withUnsafeBytes { MarkdownRenderer().render($0).html }.lowercased()
            // Attribute values emptied: text in them (an aria-label quoting a cell) is not markup.
            // Goodwill's own table cells say their alignment with a style (`TableHTML`); no other may pass.
            let tags = html.replacing(/\ style="text-align: (left|center|right)"/, with: "").replacing(/"[^"]*"/, with: "\"\"")
            #expect(!html.contains("<script") && !html.contains("<iframe") && !html.contains("<style"), "\(html)")
            #expect(!tags.contains(/<[a-z][^>]*[\s\/"']on[a-z]*\s*=/), "\(html)")
            #expect(!tags.contains(/<[a-z][^>]*\sstyle\s*=/), "\(html)")
            #expect(!html.contains(/(href|src|cite)\s*=\s*"\s*(javascript|vbscript|data):/), "\(html)")
        }
    }
}
