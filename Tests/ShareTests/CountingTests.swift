import Testing
@testable import Share

@Suite("Counting as each platform counts")
struct CountingTests {
    static let family = "👨‍👩‍👧‍👦"          // four people joined by ZWJ: 7 code points, one emoji
    static let flag = "🇫🇷"                  // two regional indicators
    static let thumbsDark = "👍🏿"            // emoji + skin tone modifier
    static let keycap = "1️⃣"                // digit + VS16 + keycap
    static let cafeDecomposed = "cafe\u{301}" // e + combining acute: NFC makes it one code point
    static let url200 = "https://example.com/" + String(repeating: "a", count: 180)

    @Test("X: an emoji sequence counts 2 however many code points it has", arguments: [family, flag, thumbsDark, keycap, "😀"])
    func xEmoji(emoji: String) {
        #expect(TextLength.twitterWeighted(emoji) == 2)
        #expect(TextLength.twitterWeighted("a\(emoji)b") == 4)
    }

    @Test("X: CJK counts 2 per character, Latin, Cyrillic, Arabic and Hebrew 1")
    func xScripts() {
        #expect(TextLength.twitterWeighted("日本語") == 6)
        #expect(TextLength.twitterWeighted("한국어") == 6)
        #expect(TextLength.twitterWeighted("Привет") == 6)
        #expect(TextLength.twitterWeighted("مرحبا") == 5)   // right-to-left text
        #expect(TextLength.twitterWeighted("שלום") == 4)
        #expect(TextLength.twitterWeighted("“quotes” — dash") == 15)
    }

    @Test("X: text is normalised first, so a combining accent counts with its letter")
    func xCombining() {
        #expect(TextLength.twitterWeighted(Self.cafeDecomposed) == 4)
    }

    @Test("X and Mastodon: any URL counts 23, even one of 200 characters; Bluesky counts it whole")
    func urls() {
        #expect(Self.url200.count == 200)
        #expect(TextLength.twitterWeighted("Read \(Self.url200)") == 5 + 23)
        #expect(TextLength.graphemes("Read \(Self.url200)", urlLength: 23) == 5 + 23)
        #expect(TextLength.graphemes("Read \(Self.url200)", urlLength: nil) == 205)
        #expect(TextLength.twitterWeighted("(see https://a.example/x).") == 5 + 23 + 2)
    }

    @Test("Bluesky and Mastodon count what a reader sees: one per grapheme cluster")
    func graphemes() {
        #expect(TextLength.graphemes("\(Self.family)\(Self.flag)\(Self.thumbsDark)\(Self.cafeDecomposed)", urlLength: nil) == 7)
        #expect(Platform.bluesky.count(String(repeating: Self.family, count: 300)) == 300)
    }

    @Test("LinkedIn and Facebook count UTF-16 units, as their JavaScript does")
    func utf16() {
        #expect(Platform.linkedin.count("😀") == 2)
        #expect(Platform.linkedin.count("abc") == 3)
    }

    @Test("exactly the limit fits and one more does not", arguments: Platform.allCases.filter { $0 != .email })
    func atTheLimit(platform: Platform) {
        let exact = String(repeating: "a", count: platform.limit)
        #expect(platform.count(exact) == platform.limit)
        #expect(platform.count(exact + "a") == platform.limit + 1)
    }
}

@Suite("Shortening")
struct ShorteningTests {
    @Test("text is cut between words and ends with an ellipsis, never inside a word, URL or emoji")
    func wordBoundary() {
        let text = "Giving first works 👨‍👩‍👧‍👦 because https://example.com/a-long-path people remember #Reciprocity"
        for budget in 5...text.count {
            let short = TextShortener.shorten(text) { $0.count <= budget }
            #expect(short.count <= budget)
            guard !short.isEmpty, short != text else { continue }
            #expect(short.hasSuffix("…"))
            let kept = short.dropLast().split(separator: " ").map(String.init)
            let words = text.split(separator: " ").map(String.init)
            #expect(Array(words.prefix(kept.count)) == kept, "cut inside a word: \(short)")
        }
    }

    @Test("hashtags are CamelCase from tags, one per tag")
    func hashtags() {
        #expect(Hashtags.make(from: ["Sales Ops", "b2b sales", "trust", "Trust", "2024"]) == ["#SalesOps", "#B2bSales", "#Trust"])
    }
}
