import Markdown
import Testing

@Suite("Safe by default")
struct SafetyTests {
    @Test("raw HTML is not emitted by default")
    func rawHTMLOmitted() {
        let html = MarkdownRenderer().render("<script>alert(1)</script>\n\nText <b onclick=\"x()\">bold</b>\n").html
        #expect(!html.contains("<script"))
        #expect(!html.contains("onclick"))
        #expect(html.contains("Text"))
    }

    @Test("raw HTML is emitted when the site allows it")
    func rawHTMLAllowed() {
        let html = MarkdownRenderer(options: MarkdownOptions(allowsRawHTML: true)).render("<div class=\"note\">hi</div>\n").html
        #expect(html == "<div class=\"note\">hi</div>\n")
    }

    @Test("javascript: and data: links lose their destination by default")
    func dangerousLinks() {
        let html = MarkdownRenderer().render("[a](javascript:alert(1)) [b](data:text/html,hi) [c](https://ok.example/)\n").html
        #expect(!html.contains("javascript:"))
        #expect(!html.contains("data:"))
        #expect(html.contains("href=\"https://ok.example/\""))
    }

    @Test("smart punctuation turns quotes and dashes typographic")
    func smartPunctuation() {
        #expect(MarkdownRenderer().render("\"Give\" -- first...\n").html == "<p>“Give” – first…</p>\n")
    }
}
