import Testing
@testable import Site

@Suite("Meta descriptions")
struct MetaDescriptionTests {
    @Test("short text stays as written, whitespace collapsed")
    func short() {
        #expect(MetaDescription.cut("  Give  first,\n ask later. ") == "Give first, ask later.")
        let exactly160 = String(repeating: "a", count: 160)
        #expect(MetaDescription.cut(exactly160) == exactly160)
    }

    @Test("long text is cut at the last word before 155 characters, without trailing punctuation")
    func long() {
        let text = String(repeating: "Trust grows when help comes first, ", count: 10)
        let cut = MetaDescription.cut(text)
        #expect(cut.hasSuffix("…"))
        #expect(cut.count <= 155)
        #expect(cut.count >= 130)
        #expect(!cut.dropLast().hasSuffix(",") && !cut.dropLast().hasSuffix(" "))
        #expect(text.hasPrefix(String(cut.dropLast())))
    }

    @Test("CJK and emoji text without spaces is cut at the limit, on a whole character")
    func noSpaces() {
        let text = String(repeating: "信頼は与えることから🤝", count: 30)
        let cut = MetaDescription.cut(text)
        #expect(cut.unicodeScalars.count == 155)
        #expect(text.hasPrefix(String(cut.dropLast())))
    }

    @Test("text already in final form comes back as it is, and the same as through the full cut (2,000 random texts, fixed seed)")
    func finalFormUnchanged() {
        var seed: UInt64 = 0xDE5C
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        let words = ["give", "first", "信頼", "🤝", "ask,", "later.", "—", "é", "a"]
        var unchanged = 0
        for _ in 0..<2_000 {
            let text = (0..<next(40)).map { _ in words[next(words.count)] }.joined(separator: " ")
            let cut = MetaDescription.cut(text)
            // A leading space sends the same words down the full path, which collapses it away.
            #expect(cut == MetaDescription.cut(" " + text + "\n"), "\(text.debugDescription)")
            if text.utf8.count <= MetaDescription.limit {
                #expect(cut == text)
                unchanged += 1
            }
        }
        #expect(unchanged > 200 && unchanged < 1_900)
    }
}
