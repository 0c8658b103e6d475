import Foundation
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

    @Test("without a marker the first paragraph is the summary, as plain text; under 100 characters, with the next one")
    func firstParagraph() {
        let rendered = renderer.render("# Title\n\nThe **first** [paragraph](x.html).\n\nThe second.\n\nThe third.\n")
        #expect(rendered.textBeforeMoreMarker == nil)
        #expect(rendered.automaticSummary == "The first paragraph. The second.")
        let long = String(repeating: "A sentence of some length. ", count: 4).trimmingCharacters(in: .whitespaces)  // 107 characters
        #expect(renderer.render("\(long)\n\nThe next.\n").automaticSummary == long)
    }

    @Test("a greeting is not a summary: 'Hello everyone!', 'Greetings Rustaceans!', 'Hello, Rust community!', 'Good morning all,'")
    func greetings() {
        for greeting in ["Hello everyone!", "Greetings Rustaceans!", "Hello, Rust community!", "Good morning all,", "Hi all 👋"] {
            let rendered = renderer.render("\(greeting)\n\nThis release makes builds twice as fast on large workspaces, and fixes the linker on macOS.\n")
            #expect(rendered.automaticSummary == "This release makes builds twice as fast on large workspaces, and fixes the linker on macOS.", "\(greeting)")
        }
        // Not greetings: a long opening, and a word that only starts like one.
        #expect(!SummaryRule.isGreeting("Hello there, and welcome to a long opening paragraph that goes on to explain a great deal more than hello."))
        #expect(!SummaryRule.isGreeting("Highlights of the year."))
        // A greeting alone is still better than nothing.
        #expect(renderer.render("Hello everyone!\n").automaticSummary == "Hello everyone!")
    }

    @Test("an early <!-- more --> is capped at 60 words: at a sentence end that keeps 20 or more, else at a word with …")
    func capped() {
        let sentence = "One two three four five six seven eight nine ten."  // 10 words
        let marker = Array(repeating: sentence, count: 8).joined(separator: " ") + "\n\n<!-- more -->\n\nRest.\n"  // 80 words
        let summary = renderer.render(marker).automaticSummary!
        #expect(summary.split(separator: " ").count == 60)  // six whole sentences
        #expect(summary.hasSuffix("ten."))
        let run = (1...70).map { "w\($0)" }.joined(separator: " ")  // no sentence end at all
        #expect(SummaryRule.capped(run) == (1...60).map { "w\($0)" }.joined(separator: " ") + "…")
        #expect(SummaryRule.capped("Short one.") == "Short one.")
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

@Suite("Images after the first")
struct LazyImageTests {
    @Test("the first image is eager; every later one is lazy and decoded async; one image changes nothing")
    func lazy() {
        let renderer = MarkdownRenderer()
        let html = renderer.render("![a](a.png)\n\nText.\n\n![b](b.png) and ![c](c.png)\n").html
        #expect(html.contains("<img src=\"a.png\" alt=\"a\""))
        #expect(html.contains("<img loading=\"lazy\" decoding=\"async\" src=\"b.png\""))
        #expect(html.contains("<img loading=\"lazy\" decoding=\"async\" src=\"c.png\""))
        #expect(!renderer.render("![a](a.png)\n").html.contains("loading="))
    }
}
