/// A small JSON writer for JSON-LD. Keys are written in the order given, so output is stable
/// without sorting; Foundation's JSONSerialization with sorted keys was a fifth of a build's
/// CPU time in a profile. Strings are escaped per RFC 8259, plus `<` so that no value can
/// close the surrounding `<script>` element (`\u003c`).
public indirect enum JSONValue: Sendable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case array([JSONValue])
    case object([(String, JSONValue?)])

    public var text: String {
        // Built as bytes (`UTF8Buffer`): some forty appends per article page, each with a String
        // append's bookkeeping, cost more than checking the text once when it becomes a String.
        var output = UTF8Buffer(capacity: 1_024)
        write(to: &output)
        return output.text()
    }

    private func write(to output: inout UTF8Buffer) {
        switch self {
        case .string(let string): Self.appendString(string, to: &output)
        case .int(let number): output.append(number)
        case .bool(let flag): output.append(flag ? "true" : "false")
        case .array(let items):
            output.append("[")
            for (index, item) in items.enumerated() {
                if index > 0 { output.append(",") }
                item.write(to: &output)
            }
            output.append("]")
        case .object(let members):
            output.append("{")
            var first = true
            for (key, value) in members {
                guard let value else { continue }  // absent values are left out
                if !first { output.append(",") }
                first = false
                Self.appendString(key, to: &output)
                output.append(":")
                value.write(to: &output)
            }
            output.append("}")
        }
    }

    /// A JSON string literal of `string` appended to `output` (`ByteEscapes.json`): JSON-LD, and
    /// the share kit's JSON files.
    public static func appendString(_ string: String, to output: inout UTF8Buffer) {
        output.append("\"")
        output.append(string, escaping: .json)
        output.append("\"")
    }
}
