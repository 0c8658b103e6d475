import Core
import Testing

@Suite("One-line text")
struct OneLineTests {
    @Test("control characters and line separators become one space; letters of every script, emoji and RTL marks stay")
    func clean() {
        #expect(OneLine.clean("Eve\r\nBcc: x@evil.test") == "Eve Bcc: x@evil.test")
        #expect(OneLine.clean("a\u{2028}b\u{2029}c\u{85}d") == "a b c d")  // line, paragraph separators and NEL
        #expect(OneLine.clean("\u{1B}[31mred\u{1B}[0m") == "[31mred [0m")  // an escape cannot colour a terminal
        #expect(OneLine.clean("\n  Ana \t Lima  \r") == "Ana Lima")
        for kept in ["陳博", "Zoë Ñúñez 🚀", "\u{200F}مريم\u{200F} الحسن", "Ana  Lima"] {
            #expect(OneLine.clean(kept) == kept)
            #expect(OneLine.isClean(kept))
        }
        #expect(OneLine.visible("a\r\n\tb\u{7}") == #"a\r\n\tb\u{7}"#)
    }
}
