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

    /// A JSON string literal of `string` appended to `output` (RFC 8259, and `<` as `\u003c`): the
    /// bytes to escape found with a pointer scan, the runs between them appended as slices (no
    /// second UTF-8 check, as bytes would need).
    public static func appendString(_ string: String, to output: inout String) {
        output += "\""
        var copy = string
        copy.withUTF8 { bytes in
            let utf8 = string.utf8
            var runStart = 0
            for offset in 0..<bytes.count {
                let byte = bytes[offset]
                // Every byte to escape is below "=" (0x3D) but "\\" (0x5C): most are ruled out at once.
                guard byte < 0x3D || byte == 0x5C else { continue }
                let escaped: String
                switch byte {
                case UInt8(ascii: "\""): escaped = "\\\""
                case UInt8(ascii: "\\"): escaped = "\\\\"
                case UInt8(ascii: "<"): escaped = "\\u003c"
                case UInt8(ascii: "\n"): escaped = "\\n"
                case UInt8(ascii: "\r"): escaped = "\\r"
                case UInt8(ascii: "\t"): escaped = "\\t"
                case ..<0x20:
                    let hex = String(byte, radix: 16)
                    escaped = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default:
                    continue
                }
                if offset > runStart {
                    output += string[utf8.index(utf8.startIndex, offsetBy: runStart)..<utf8.index(utf8.startIndex, offsetBy: offset)]
                }
                output += escaped
                runStart = offset + 1
            }
            if runStart == 0 {
                output += string
            } else if runStart < bytes.count {
                output += string[utf8.index(utf8.startIndex, offsetBy: runStart)...]
            }
        }
        output += "\""
    }
}
