import Foundation
import Testing
import Core
import Site
@testable import Share

/// The share kit counts a summary candidate alone and adds it to the rest of the snippet's count
/// where `SnippetCount.isAdditive` says that equals counting the composed text. Checked here on
/// text from many scripts and on every boundary case: emoji sequences, flags, CJK, combining
/// marks, Hangul jamo, CR, URLs and punctuation at either end.
@Suite("Snippet counts, part by part")
struct SnippetCountTests {
    static let titles = ["Give first", "信頼は与えることから", "Café ☕️ notes", "Ends with CR\r", "", "e\u{301}tude", "👩‍👩‍👧 family"]
    static let summaries = [
        "Plain words, then more words.", "信頼は与えることから始まる。", "🇫🇷 flags first", "ends with a flag 🇫🇷",
        "\u{301}combining first", "ends combining e\u{301}", "ᄀ\u{1161} jamo first", "👍🏽 skin tone", "zwj end 👩‍",
        "see https://example.com/x, then more", "https://a.example/ at the start", "ends at a URL https://b.example/",
        "“quoted” — dashes … and ellipsis…", "ends with CR\r", "\r\nstarts with CRLF", "x", "Ǆ and ß and ﬁ",
    ]

    @Test("where it says additive, the parts' counts add up to the whole's, on every platform")
    func additiveMatchesWhole() {
        let url = "https://goodwill.example/articles/x/?utm_source=x"
        var checked = 0
        for platform in Platform.allCases {
            for title in Self.titles {
                for hashtags in [[], ["#Trust", "#Sales"]] {
                    let base = platform.count(SnippetWriter.layout(platform, title: title, summary: "", url: url, tags: hashtags.joined(separator: " ")))
                    let separator = platform.count(platform == .x ? " — " : "\n\n")
                    for summary in Self.summaries where SnippetCount.isAdditive(summary, after: title, on: platform) {
                        let whole = platform.count(SnippetWriter.layout(platform, title: title, summary: summary, url: url, tags: hashtags.joined(separator: " ")))
                        #expect(whole == base + separator + platform.count(summary), "\(platform) \(title.debugDescription) \(summary.debugDescription)")
                        checked += 1
                    }
                }
            }
        }
        #expect(checked > 300)
    }

    @Test("it says no where a boundary could join: combining marks and jamo first on X, CR before a line break")
    func refusesJoins() {
        #expect(!SnippetCount.isAdditive("\u{301}combining first", after: "t", on: .x))
        #expect(!SnippetCount.isAdditive("ᄀ\u{1161} jamo", after: "t", on: .x))
        #expect(!SnippetCount.isAdditive("zwj end 👩‍", after: "t", on: .x))
        #expect(!SnippetCount.isAdditive("ends with CR\r", after: "t", on: .bluesky))
        #expect(!SnippetCount.isAdditive("fine", after: "title\r", on: .mastodon))
        #expect(!SnippetCount.isAdditive("fine", after: "", on: .x))
        #expect(SnippetCount.isAdditive("🇫🇷 flags first", after: "t", on: .bluesky))
    }

    @Test("random text from a mixed pool: where it says additive, the counts add up (3,000 cases, fixed seed)")
    func randomText() {
        let pool: [String] = ["a", "Z", " ", "  ", ",", ".", "…", "—", "é", "e\u{301}", "\u{301}", "信", "한", "ᄀ", "\u{1161}", "👍", "🏽",
                              "\u{200D}", "👩", "🇫", "🇷", "\r", "\n", "https://x.example/p", "(", "\"", "ß", "ﬁ", "\u{FE0F}", "1", "\u{20E3}"]
        var state: UInt64 = 0x9E3779B97F4A7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        func text() -> String { (0..<(1 + next(12))).map { _ in pool[next(pool.count)] }.joined() }
        let url = "https://goodwill.example/a/?utm_source=x"
        var checked = 0
        for _ in 0..<3_000 {
            let platform = Platform.allCases[next(Platform.allCases.count)]
            let title = text(), summary = text()
            guard SnippetCount.isAdditive(summary, after: title, on: platform) else { continue }
            let base = platform.count(SnippetWriter.layout(platform, title: title, summary: "", url: url, tags: "#T"))
            let separator = platform.count(platform == .x ? " — " : "\n\n")
            let whole = platform.count(SnippetWriter.layout(platform, title: title, summary: summary, url: url, tags: "#T"))
            #expect(whole == base + separator + platform.count(summary), "\(platform) \(title.debugDescription) \(summary.debugDescription)")
            checked += 1
        }
        #expect(checked > 1_000)
    }
}

@Suite("Share page text box rows")
struct ShareRowsTests {
    @Test("rows counted on bytes equal rows counted by Characters, for every kind of text")
    func rowsMatchCharacters() {
        func byCharacters(_ text: String) -> Int {
            min(16, text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { $0 + 1 + $1.count / 45 } + 1)
        }
        let texts = ["", "one line", String(repeating: "word ", count: 40), "Title\n\nSummary\n\nhttps://x.example/",
                     String(repeating: "信頼🤝", count: 40) + "\n" + String(repeating: "e\u{301}", count: 50), "\n\n\n",
                     "crlf\r\nline\r\n" + String(repeating: "a", count: 100), String(repeating: "👩‍👩‍👧 ", count: 30) + "\nend",
                     String(repeating: "line\n", count: 30)]
        for text in texts {
            #expect(ShareKit.SnippetEntry.rows(for: text) == byCharacters(text), "\(text.debugDescription)")
        }
        // Random texts, so line breaks, CRs and wide characters fall at every offset of the
        // eight-byte steps the byte count takes, and lines end on both sides of 45 characters.
        var seed: UInt64 = 0x5EED_0F_C0DE
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        let pieces = ["a", "word ", "\n", "\n\n", "\r\n", "\r", "é", "e\u{301}", "信頼", "🤝", "👩‍👩‍👧", " — ", "https://x.example/a?b=c", "…"]
        var random: [String] = []
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<next(60) { text += pieces[next(pieces.count) < 4 ? next(4) : next(pieces.count)] }
            random.append(text)
        }
        let mismatches = random.filter { ShareKit.SnippetEntry.rows(for: $0) != byCharacters($0) }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(3).map(\.debugDescription))")
        #expect(Set(random.map(byCharacters)).count >= 10)  // short and long texts alike
    }
}

@Suite("Share links")
struct ShareLinksTests {
    @Test("percent-encoding leaves RFC 3986's unreserved characters and encodes every other byte, as Foundation does")
    func percentEncoding() {
        let unreserved = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")
        let ascii = String(decoding: (1...127).map { UInt8($0) }, as: UTF8.self)
        for text in ["", ascii, "Trust before the pitch: 信頼 🤝 e\u{301} — “quoted” & 100%", String(repeating: "a b&", count: 300)] {
            var link = UTF8Buffer(capacity: 8)
            link.append("start:")
            ShareLinks.encode(text, into: &link)
            #expect(link.text() == "start:" + text.addingPercentEncoding(withAllowedCharacters: unreserved)!, "\(text.debugDescription)")
        }
    }

    @Test("a share link written for HTML is the plain link HTML-escaped, for every platform")
    func linkInHTML() throws {
        let source = ShareSource(slug: "trust", title: "Trust & \"proof\" <first>", summary: "Give first; ask later. It's 信頼.",
                                 tags: ["B2B sales"], url: "https://example.com/articles/trust/", file: "trust.md")
        for snippet in try SnippetWriter.snippets(for: source) {
            for instance in ["mastodon.social", "odd&<instance>"] {
                var html = UTF8Buffer(capacity: 16)
                ShareLinks.write(snippet, mastodonInstance: instance, into: &html, inHTML: true)
                #expect(html.text() == HTMLEscaping.escape(ShareLinks.link(for: snippet, mastodonInstance: instance)), "\(snippet.platform)")
            }
        }
    }
}

@Suite("Shortening text on bytes")
struct TextShortenerBytesTests {
    /// The algorithm as it was, on Characters: the reference the byte path must match.
    static func reference(_ text: String, toFit fits: (String) -> Bool) -> String {
        if fits(text) { return text }
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        var low = 0, high = words.count - 1, best = ""
        while low <= high {
            let middle = (low + high) / 2
            var kept = words.prefix(middle + 1).joined(separator: " ")
            while let last = kept.last, ",;:.-–—(".contains(last) { kept.removeLast() }
            let candidate = kept + "…"
            if fits(candidate) { best = candidate; low = middle + 1 } else { high = middle - 1 }
        }
        return best
    }

    @Test("the same cut as on Characters, for 4,000 random texts of words, punctuation, dashes and spaces")
    func matchesReference() {
        let pool = ["word", "trust", "café", "“quoted”", ",", ".", ";", ":", "-", "–", "—", "(", " ", " ", " ", "  ", "naïve", "x—", "a,", "é"]
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<4_000 {
            let text = (0..<(1 + next(30))).map { _ in pool[next(pool.count)] }.joined()
            let limit = next(60)
            let fits = { (candidate: String) in candidate.count <= limit }
            #expect(TextShortener.shorten(text, toFit: fits) == Self.reference(text, toFit: fits), "\(text.debugDescription) \(limit)")
        }
    }
}

@Suite("Simple scalars on bytes")
struct SimpleScalarsTests {
    @Test("the byte test agrees with the scalar definition on every scalar up to U+2FFF and on mixed text")
    func agreesWithScalars() {
        func byScalars(_ text: String) -> Bool { text.unicodeScalars.allSatisfy(TextLength.isSimple) }
        for value in 0..<0x3000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a" + String(Character(scalar)) + "z"
            #expect(TextLength.simpleScalars(text) == byScalars(text), "U+\(String(value, radix: 16))")
        }
        for text in ["", "plain", "“quoted” — ok…", "café", "e\u{301}", "信", "🤝", "\r\n", "‰ ‱ ⁞  ", "Ǆ", "ˇ", "ʰ"] {
            #expect(TextLength.simpleScalars(text) == byScalars(text), "\(text.debugDescription)")
            #expect(TextLength.simpleScalars(text[...]) == byScalars(text), "\(text.debugDescription) as a slice")
        }
    }
}

@Suite("Summary cuts")
struct SummaryCutsTests {
    @Test("the cut found from counts is the one TextShortener finds by counting strings, with the count the platform gives it, on every platform and budget (3,000 texts)")
    func matchesShortener() {
        let pool = ["word", "trust", "café", "“quoted”", ",", ".", ";", ":", "-", "–", "—", "(", " ", " ", " ", "naïve", "x—", "a,", "é",
                    "‰", "†", "…", "Ǆ", "ÿ", "‐", "⁞"]
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        var planned = 0
        for _ in 0..<3_000 {
            let text = (0..<(1 + next(40))).map { _ in pool[next(pool.count)] }.joined()
            guard let cuts = SummaryCuts(text) else { continue }
            planned += 1
            for platform in Platform.allCases {
                for budget in [-1, 0, 1, 2, 5, next(80), next(200)] {
                    let expected = TextShortener.shorten(text) { platform.count($0) <= budget }
                    let cut = cuts.longest(within: budget, on: platform)
                    #expect(cut.text == expected, "\(platform) \(budget) \(text.debugDescription)")
                    #expect(cut.count == (expected.isEmpty ? 0 : platform.count(expected)), "\(platform) \(budget) \(text.debugDescription)")
                }
            }
        }
        #expect(planned > 1_000)
    }

    @Test("text that is not plain goes the slow way: double spaces, edges, a URL or http, CR, emoji, CJK, combining marks")
    func notPlain() {
        for text in ["two  spaces", " leading", "trailing ", "see https://x.example/", "http and more", "line\rbreak", "👍 yes",
                     "信頼", "e\u{301}tude", "tab\there"] where !text.contains("\t") {
            #expect(SummaryCuts(text) == nil, "\(text.debugDescription)")
        }
        #expect(SummaryCuts("Plain words — with “quotes”, dashes… and café.") != nil)
        #expect(SummaryCuts("") != nil)
    }

    @Test("snippets made with the cuts equal snippets made through TextShortener, for varied and plain articles")
    func snippetsMatch() throws {
        let plain = (0..<200).map { index in
            ShareSource(slug: "p-\(index)", title: index % 7 == 0 ? "" : "Title \(index) — on giving first",
                        summary: String(repeating: "Give before you ask, — and listen; “trust” follows… ", count: 1 + index % 9).trimmingCharacters(in: .whitespaces),
                        tags: ["Trust", "Sales Ops"], url: "https://example.com/articles/p-\(index)/", file: "a.md")
        }
        var planned = 0
        for source in plain + SnippetTests.variedSources(count: 200) {
            var slow = source
            slow.summaryCuts = nil
            if source.summaryCuts != nil { planned += 1 }
            #expect(try SnippetWriter.snippets(for: source) == SnippetWriter.snippets(for: slow), "\(source.slug)")
        }
        #expect(planned >= 200)
    }
}

@Suite("Snippet layout and UTF-16 counts")
struct LayoutAndUTF16Tests {
    /// The layout as parts joined, empty ones left out: the reference the one-string build must match.
    static func reference(_ platform: Platform, title: String, summary: String, url: String, hashtags: [String]) -> String {
        let tags = hashtags.joined(separator: " ")
        switch platform {
        case .x: return [title + (summary.isEmpty ? "" : " — " + summary), url, tags].filter { !$0.isEmpty }.joined(separator: " ")
        case .email: return ["Hi,", summary, "Read it here: \(url)"].filter { !$0.isEmpty }.joined(separator: "\n\n")
        default: return [title, summary, url, tags].filter { !$0.isEmpty }.joined(separator: "\n\n")
        }
    }

    @Test("every platform's layout equals its parts joined, with any part empty")
    func layoutMatchesJoin() {
        for platform in Platform.allCases {
            for title in ["", "Give first"] {
                for summary in ["", "Trust follows."] {
                    for url in ["", "https://x.example/a/"] {
                        for hashtags in [[], ["#Trust"], ["#Trust", "#Sales"], [""], ["", ""]] {
                            #expect(SnippetWriter.layout(platform, title: title, summary: summary, url: url, tags: hashtags.joined(separator: " "))
                                        == Self.reference(platform, title: title, summary: summary, url: url, hashtags: hashtags),
                                    "\(platform) \(title.debugDescription) \(summary.debugDescription) \(url.debugDescription) \(hashtags)")
                        }
                    }
                }
            }
        }
    }

    @Test("UTF-16 units counted on bytes equal String's count: ASCII, accents, CJK, emoji beyond the BMP, flags, ZWJ")
    func utf16OnBytes() {
        for text in ["", "plain", "café…", "信頼と紹介", "👩‍👩‍👧 family", "🇫🇷🇯🇵", "𝄞 clef", "e\u{301}", "mixed 👍🏽 信 é 𝄞"] {
            #expect(TextLength.utf16(text) == text.utf16.count, "\(text.debugDescription)")
        }
        // Random texts, so one-, two-, three- and four-byte sequences fall at every offset of the
        // eight-byte steps the count takes.
        var seed: UInt64 = 0xC0_FFEE
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        let pieces = ["a", "word ", "\n", "é", "ß", "—", "…", "信頼", "🤝", "𝄞", "👩‍👩‍👧", "🇫🇷", "e\u{301}", "\u{7F}", "\u{80}", "\u{7FF}", "\u{800}", "\u{FFFF}", "\u{10000}", "\u{10FFFF}"]
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<next(80) { text += pieces[next(pieces.count)] }
            #expect(TextLength.utf16(text) == text.utf16.count, "\(text.debugDescription)")
            var copy = text
            #expect(copy.withUTF8 { TextLength.scalarCount($0) } == text.unicodeScalars.count, "\(text.debugDescription)")
            #expect(TextLength.isASCII(text) == text.utf8.allSatisfy { $0 < 0x80 })
        }
    }

    @Test("each platform's ordinal is its place in allCases, which the per-platform tables are read at")
    func ordinals() {
        #expect(Platform.allCases.map(\.ordinal) == Array(Platform.allCases.indices))
    }
}
