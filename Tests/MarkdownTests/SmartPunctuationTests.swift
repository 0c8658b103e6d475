import Markdown
import Testing

@Suite("Smart punctuation in plain text")
struct SmartPunctuationTests {
    @Test("quotes, dashes and ellipses as libcmark curls them in the text")
    func curled() {
        #expect(SmartPunctuation.apply(to: "Relink, don't rebuild") == "Relink, don’t rebuild")
        #expect(SmartPunctuation.apply(to: "\"Give first\" -- then ask...") == "“Give first” – then ask…")
        #expect(SmartPunctuation.apply(to: "'Tis the season --- again") == "’Tis the season — again")
    }

    @Test("nothing else is read as Markdown: markup characters, list and heading starts stay text")
    func onlyPunctuation() {
        #expect(SmartPunctuation.apply(to: "my_var *is* `code` <b> & [x](y)") == "my_var *is* `code` <b> & [x](y)")
        #expect(SmartPunctuation.apply(to: "- not a list, it's a title") == "- not a list, it’s a title")
        #expect(SmartPunctuation.apply(to: "1. First, it's this") == "1. First, it’s this")
        #expect(SmartPunctuation.apply(to: "# Not a heading's title") == "# Not a heading’s title")
        #expect(SmartPunctuation.apply(to: "Version 1.2.3 for 日本語 and العربية") == "Version 1.2.3 for 日本語 and العربية")
        #expect(SmartPunctuation.apply(to: "No quotes at all 🙂") == "No quotes at all 🙂")
    }
}
