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
}
