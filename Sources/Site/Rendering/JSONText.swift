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
        // Written into a String from slices of the values' own text: bytes would be checked as
        // UTF-8 again when made into the String (JSON-LD is on every article page).
        var output = ""
        output.reserveCapacity(1_024)
        write(to: &output)
        return output
    }

    private func write(to output: inout String) {
        switch self {
        case .string(let string): Self.appendString(string, to: &output)
        case .int(let number): output += String(number)
        case .bool(let flag): output += flag ? "true" : "false"
        case .array(let items):
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                item.write(to: &output)
            }
            output += "]"
        case .object(let members):
            output += "{"
            var first = true
            for (key, value) in members {
                guard let value else { continue }  // absent values are left out
                if !first { output += "," }
                first = false
                Self.appendString(key, to: &output)
                output += ":"
                value.write(to: &output)
            }
            output += "}"
        }
    }

    /// A JSON string literal of `string` appended to `output` (`ByteEscapes.json`).
    public static func appendString(_ string: String, to output: inout String) {
        output += "\""
        EscapedAppend.append(string, to: &output, escaping: .json)
        output += "\""
    }
}
