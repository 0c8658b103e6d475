import Markdown
import Testing

@Suite("Summary, word count and reading time")
struct SummaryTests {
    let renderer = MarkdownRenderer()

    @Test("text before <!-- more --> is the summary and the marker is not rendered")
    func moreMarker() {
        let rendered = renderer.render("First *part*.\n\nStill first.\n\n<!-- more -->\n\nAfter.\n")
        #expect(rendered.textBeforeMoreMarker == "First part. Still first.")
        #expect(rendered.automaticSummary == "First part. Still first.")
        #expect(!rendered.html.contains("more"))
        #expect(rendered.html.contains("<p>After.</p>"))
    }

    @Test("without a marker the first paragraph is the summary, as plain text")
    func firstParagraph() {
        let rendered = renderer.render("# Title\n\nThe **first** [paragraph](x.html).\n\nThe second.\n")
        #expect(rendered.textBeforeMoreMarker == nil)
        #expect(rendered.automaticSummary == "The first paragraph.")
    }

    @Test("words are counted from text, and reading time rounds up")
    func wordsAndReadingTime() {
        let words = Array(repeating: "word", count: 221).joined(separator: " ")
        let rendered = renderer.render("\(words)\n")
        #expect(rendered.wordCount == 221)
        #expect(rendered.readingTime == 2)
        #expect(renderer.render("Two words.\n").readingTime == 1)
    }
}
