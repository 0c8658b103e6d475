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

    @Test("every spelling of a script link is stripped: case, entities, vbscript:, images, autolinks and reference links")
    func scriptLinkSpellings() {
        let source = """
            [a](JaVaScRiPt:alert(1)) [b](vbscript:msgbox(1)) [c](&#106;avascript:alert(1)) [d](  javascript:alert(1))
            ![e](javascript:alert(1)) <javascript:alert(1)> [f][ref] [g](data:text/html;base64,PHNjcmlwdD4=)

            [ref]: javascript:alert(1)
            """
        let html = MarkdownRenderer().render(source).html.lowercased()
        // The autolink's text may still read "javascript:…"; no href or src may lead there.
        let destinations = html.matches(of: /(?:href|src)="([^"]*)"/).map { String($0.output.1) }
        #expect(destinations.count == 8, "\(html)")
        #expect(destinations.filter { !$0.isEmpty } == [], "\(html)")
    }

    @Test("smart punctuation turns quotes and dashes typographic")
    func smartPunctuation() {
        #expect(MarkdownRenderer().render("\"Give\" -- first...\n").html == "<p>“Give” – first…</p>\n")
    }
}
