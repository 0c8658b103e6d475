import Foundation
import Testing
@testable import Core
@testable import Site

@Suite("Escaping into a string")
struct EscapingTests {
    static let samples = ["", "plain", "<", "&", "\"'", "a<b>c&d\"e'f", "<start", "end>", "&&&&", "café & 信頼 <👍🏽>",
                          "line\nbreak\ttab\r\u{1}\\ \"quoted\" </script>", "https://x.example/?a=1&b=2", String(repeating: "x&", count: 500)]

    /// swift-mustache's own escaping, Character by Character: what every byte path must match.
    static func htmlReference(_ text: String) -> String {
        let entities: [Character: String] = ["<": "&lt;", ">": "&gt;", "&": "&amp;", "\"": "&quot;", "'": "&#39;"]
        return text.reduce(into: "") { output, character in output += entities[character] ?? String(character) }
    }

    @Test("HTML escaping replaces the five characters swift-mustache does, into a string or on its own")
    func html() {
        for text in Self.samples {
            var output = "prefix "
            HTMLEscaping.escape(text, into: &output)
            #expect(output == "prefix " + Self.htmlReference(text), "\(text.debugDescription)")
            #expect(HTMLEscaping.escape(text) == Self.htmlReference(text), "\(text.debugDescription)")
        }
    }

    @Test("a UTF-8 buffer holds what was appended, escaped or not, through many times its first capacity")
    func buffer() {
        var buffer = UTF8Buffer(capacity: 1)
        var expected = ""
        for (index, text) in (Self.samples + Self.samples).enumerated() {
            buffer.append("<p data-n=\""); buffer.append(index * 997 - 5_000); buffer.append(index % 10); buffer.append("\">")
            expected += "<p data-n=\"\(index * 997 - 5_000)\(index % 10)\">"
            buffer.append(text, escaping: .html); buffer.append(" | "); buffer.append(text, escaping: .json); buffer.append(" | "); buffer.append(text)
            var literal = UTF8Buffer(capacity: 0)
            JSONValue.appendString(text, to: &literal)
            let json = literal.text()
            expected += Self.htmlReference(text) + " | " + json.dropFirst().dropLast() + " | " + text
        }
        #expect(buffer.count == expected.utf8.count)
        #expect(buffer.text() == expected)
        #expect(UTF8Buffer(capacity: 0).text() == "")
        #expect(UTF8Buffer(capacity: 0).bytes() == [])
    }

    @Test("a UTF-8 buffer writes numbers as their decimal digits, at every digit count and sign")
    func bufferNumbers() {
        var numbers = [0, 1, 9, 10, 11, 99, 100, 101, 999, 1_000, 12_345, 100_000, 63_206, Int.max, -1, -9, -10, -12_345, Int.min]
        var power = 1
        for _ in 0..<18 {
            power *= 10
            numbers += [power - 1, power, power + 1]
        }
        for number in numbers {
            var buffer = UTF8Buffer(capacity: 0)
            buffer.append("n=")
            buffer.append(number)
            #expect(buffer.text() == "n=\(number)")
        }
    }

    @Test("bytes written straight into a UTF-8 buffer must be ASCII: percent-encoded text goes in, raw UTF-8 stops the program")
    func bufferRawBytesAreASCII() async {
        var buffer = UTF8Buffer(capacity: 0)
        buffer.append(upTo: 6) { output in
            for (offset, byte) in "%E2%80".utf8.enumerated() { output[offset] = byte }
            return 6
        }
        #expect(buffer.text() == "%E2%80")
        await #expect(processExitsWith: .failure) {
            var buffer = UTF8Buffer(capacity: 0)
            buffer.append(upTo: 2) { output in
                output[0] = 0xC3  // "é", written raw: the String made from it would trust it as UTF-8
                output[1] = 0xA9
                return 2
            }
        }
    }

    /// RFC 8259 escaping, Character by Character, with `<` as `\u003c`: what the byte scan must match.
    static func jsonReference(_ text: String, scriptSafe: Bool = true) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "<" where scriptSafe: output += "\\u003c"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20: output += String(format: "\\u%04x", scalar.value)
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output + "\""
    }

    @Test("a JSON string literal is RFC 8259 escaping with < as \\u003c (or as is, for plain JSON), the writer writes the same, and JSON reads it back")
    func json() throws {
        for text in Self.samples {
            var literal = UTF8Buffer(capacity: 0)
            JSONValue.appendString(text, to: &literal)
            let output = literal.text()
            #expect(output == Self.jsonReference(text), "\(text.debugDescription)")
            #expect(JSONValue.array([.string(text)]).text == "[" + output + "]")
            let decoded = try JSONSerialization.jsonObject(with: Data(("[" + output + "]").utf8)) as? [String]
            #expect(decoded == [text], "\(text.debugDescription)")
            var plain = "\""
            ByteEscapes.plainJSON.append(text, to: &plain)
            plain += "\""
            #expect(plain == Self.jsonReference(text, scriptSafe: false), "\(text.debugDescription)")
            #expect(try JSONSerialization.jsonObject(with: Data(("[" + plain + "]").utf8)) as? [String] == [text])
        }
    }
}
