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
        var output: [UInt8] = []
        output.reserveCapacity(4096)
        write(to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    private func write(to output: inout [UInt8]) {
        switch self {
        case .string(let string): Self.writeString(string, to: &output)
        case .int(let number): output += String(number).utf8
        case .bool(let flag): output += (flag ? "true" : "false").utf8
        case .array(let items):
            output.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                item.write(to: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            output.append(UInt8(ascii: "{"))
            var first = true
            for (key, value) in members {
                guard let value else { continue }  // absent values are left out
                if !first { output.append(UInt8(ascii: ",")) }
                first = false
                Self.writeString(key, to: &output)
                output.append(UInt8(ascii: ":"))
                value.write(to: &output)
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    /// A JSON string literal of `string` appended to `output`, as `writeString` writes it: the
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

    /// On UTF-8 bytes: every character that needs escaping is ASCII, so multi-byte
    /// characters pass through whole, and most strings (no quote, backslash, `<` or control
    /// character) are appended in one go.
    private static func writeString(_ string: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        defer { output.append(UInt8(ascii: "\"")) }
        var string = string
        string.withUTF8 { bytes in
            // Runs of bytes that need no escape are copied whole: share texts have a line break
            // every few hundred bytes, and a byte-by-byte append was a visible part of the kit.
            var runStart = 0
            for (index, byte) in bytes.enumerated() {
                let escaped: StaticString
                switch byte {
                case UInt8(ascii: "\""): escaped = "\\\""
                case UInt8(ascii: "\\"): escaped = "\\\\"
                case UInt8(ascii: "<"): escaped = "\\u003c"
                case UInt8(ascii: "\n"): escaped = "\\n"
                case UInt8(ascii: "\r"): escaped = "\\r"
                case UInt8(ascii: "\t"): escaped = "\\t"
                case ..<0x20: escaped = ""
                default: continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                runStart = index + 1
                if escaped.utf8CodeUnitCount > 0 {
                    output.append(contentsOf: UnsafeBufferPointer(start: escaped.utf8Start, count: escaped.utf8CodeUnitCount))
                } else {
                    let hex = String(byte, radix: 16)
                    output += ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8
                }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
    }
}
