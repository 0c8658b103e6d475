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

    @Test("the word count is the number of runs between ASCII whitespace, for 3,000 random paragraphs of every length")
    func wordCountMatchesSplit() {
        // Pieces that stay text in CommonMark (no markup characters), with every whitespace byte
        // the count knows (space, tab, vertical tab, form feed), and bytes next to them in value:
        // UTF-8 lead and continuation bytes, and characters just outside 9...13 and 32.
        let pool = ["word", "a", "café", "信頼", "🤝", "naïve", " ", " ", "  ", "\t", "\u{0B}", "\u{0C}", "\u{08}", "\u{0E}", "!", "\u{A0}", "\u{2003}", "x\u{85}y"]
        var state: UInt64 = 11
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<3_000 {
            let text = "w" + (0..<next(40)).map { _ in pool[next(pool.count)] }.joined()
            let expected = text.utf8.split(whereSeparator: { $0 == 32 || (9...13).contains($0) }).count
            #expect(renderer.render(text + "\n").wordCount == expected, "\(text.debugDescription)")
        }
    }
}
