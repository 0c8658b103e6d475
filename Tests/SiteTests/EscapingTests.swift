import Foundation
import Testing
@testable import Site

@Suite("Escaping into a string")
struct EscapingTests {
    static let samples = ["", "plain", "<", "&", "\"'", "a<b>c&d\"e'f", "<start", "end>", "&&&&", "café & 信頼 <👍🏽>",
                          "line\nbreak\ttab\r\u{1}\\ \"quoted\" </script>", "https://x.example/?a=1&b=2", String(repeating: "x&", count: 500)]

    @Test("appending HTML-escaped text gives what escape returns, after any prefix")
    func html() {
        for text in Self.samples {
            var output = "prefix "
            HTMLEscaping.escape(text, into: &output)
            #expect(output == "prefix " + HTMLEscaping.escape(text), "\(text.debugDescription)")
        }
    }

    @Test("appending a JSON string literal gives what the JSON writer writes, and JSON reads it back")
    func json() throws {
        for text in Self.samples {
            var output = ""
            JSONValue.appendString(text, to: &output)
            #expect(output == JSONValue.string(text).text, "\(text.debugDescription)")
            let decoded = try JSONSerialization.jsonObject(with: Data(("[" + output + "]").utf8)) as? [String]
            #expect(decoded == [text], "\(text.debugDescription)")
        }
    }
}
