@testable import Core
import Testing

@Suite("One diagnostic for every module")
struct DiagnosticTests {
    @Test("a file problem prints as file:line:column: error: message — hint")
    func fileLocation() {
        let problem = Diagnostic(file: "content/articles/a.md", line: 3, column: 7, message: "date \"2023-02-30\" has no day 30",
                                 hint: "write a real date")
        #expect(problem.description == "content/articles/a.md:3:7: error: date \"2023-02-30\" has no day 30 — write a real date")
    }

    @Test("a CSV problem names the column by its header")
    func csvField() {
        let problem = Diagnostic(file: "network/activity.csv", line: 17, field: "date", message: "\"2026-02-30\" has no day 30")
        #expect(problem.description == "network/activity.csv:17: error: column date: \"2026-02-30\" has no day 30")
    }

    @Test("a problem with an argument names the argument, not a file")
    func argument() {
        let problem = Diagnostic(argument: "--base-url", message: "\"ftp://x\" is not an http(s) address")
        #expect(problem.description == "--base-url: error: \"ftp://x\" is not an http(s) address")
        #expect(problem.line == nil)
    }

    @Test("warnings say so, and a list is sorted by file, line and column")
    func ordering() {
        let list = Diagnostics([
            Diagnostic(file: "b.md", line: 1, message: "x"),
            Diagnostic(file: "a.md", line: 9, column: 2, message: "y", severity: .warning),
            Diagnostic(file: "a.md", line: 9, column: 1, message: "z"),
        ])
        #expect(list.items.map(\.description) == ["a.md:9:1: error: z", "a.md:9:2: warning: y", "b.md:1: error: x"])
        #expect(list.errors.count == 2)
    }

    @Test("did-you-mean finds the closest known name and nothing for a stranger")
    func didYouMean() {
        #expect(DidYouMean.closest(to: "kitt", in: ["kit", "mastodon_instance"]) == ["kit"])
        #expect(DidYouMean.hint(for: "zzzzzz", in: ["kit"]) == "")
    }
}

@Suite("Did you mean, at scale")
struct DidYouMeanTests {
    @Test("the distance that stops at the typo limit agrees with the full one within it")
    func cutoffAgrees() {
        let words = ["article-12", "article-120", "artcle-12", "founders", "founder", "sales-leaders", "kit", "kitt", "", "日本語", "日本"]
        for a in words {
            for b in words {
                let full = DidYouMean.distance(a, b)
                let cut = DidYouMean.distance(Array(a), Array(b), cutoff: 2)
                #expect(full <= 2 ? cut == full : cut > 2, "\(a) / \(b)")
            }
        }
    }

    @Test("among thousands of similar slugs the closest come first, best first")
    func manyCandidates() {
        let slugs = (0..<5000).map { "article-\($0)" }
        // Distance first (0, then 1s), then alphabetical.
        #expect(DidYouMean.closest(to: "article-12", in: slugs) == ["article-12", "article-1", "article-10"])
        // One edit to article-4999; two to article-1999 (the missing i, 4 → 1).
        #expect(DidYouMean.closest(to: "artcle-4999", in: slugs) == ["article-4999", "article-1999", "article-2999"])
    }
}

@Suite("Text bytes")
struct TextBytesTests {
    @Test("UTF-8 text passes; the first bad byte is found at its line and character column", arguments: [
        (Array("plain ASCII that runs past eight bytes\nand more".utf8), nil),
        (Array("Ünïcödé, 中文, emoji 🙂 — all fine\n".utf8), nil),
        (Array("line one\nCaf".utf8) + [0xE9] + Array(" au lait".utf8), TextBytes.Problem.notUTF8(byte: 0xE9, line: 2, column: 4)),
        (Array("中文".utf8) + [0xC0, 0x80], .notUTF8(byte: 0xC0, line: 1, column: 3)),  // overlong NUL
        ([0xED, 0xA0, 0x80], .notUTF8(byte: 0xED, line: 1, column: 1)),  // a surrogate
        ([0xF4, 0x90, 0x80, 0x80], .notUTF8(byte: 0xF4, line: 1, column: 1)),  // above U+10FFFF
        (Array("abcdefgh".utf8) + [0xE2, 0x82], .notUTF8(byte: 0xE2, line: 1, column: 9)),  // cut short
        ([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00], .binary),
    ] as [([UInt8], TextBytes.Problem?)])
    func problems(bytes: [UInt8], expected: TextBytes.Problem?) {
        #expect(TextBytes.problem(in: bytes) == expected)
    }
}

@Suite("Slugs")
struct SlugTests {
    @Test("a slug is its own slug, whatever the script: made twice, the same", arguments: [
        "title-head-of-sale3-\u{0659}-llgan", "Café ☕ résumé", "مرحبا بالعالم", "信頼と紹介", "A\u{0301}\u{0659}b", "👨‍👩‍👧 family",
    ])
    func idempotent(text: String) {
        let slug = Slug.make(from: text)
        #expect(Slug.make(from: slug) == slug)
        #expect(slug.isEmpty || Slug.isValid(slug))
    }
}
