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

    /// RFC 8259 escaping, Character by Character, with `<` as `\u003c`: what the byte scan must match.
    static func jsonReference(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "<": output += "\\u003c"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20: output += String(format: "\\u%04x", scalar.value)
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output + "\""
    }

    @Test("a JSON string literal is RFC 8259 escaping with < as \\u003c, the writer writes the same, and JSON reads it back")
    func json() throws {
        for text in Self.samples {
            var output = ""
            JSONValue.appendString(text, to: &output)
            #expect(output == Self.jsonReference(text), "\(text.debugDescription)")
            #expect(JSONValue.array([.string(text)]).text == "[" + output + "]")
            let decoded = try JSONSerialization.jsonObject(with: Data(("[" + output + "]").utf8)) as? [String]
            #expect(decoded == [text], "\(text.debugDescription)")
        }
    }
}
