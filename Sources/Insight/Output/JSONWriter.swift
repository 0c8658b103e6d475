import Core
import Foundation

/// Pretty JSON with keys in the order given, for outputs people read and scripts parse
/// (docs/insight.md documents each). Numbers that are not whole are written with three decimals.
indirect enum JSON {
    case string(String)
    case int(Int)
    case number(Double)
    case bool(Bool)
    case null
    case array([JSON])
    case object([(String, JSON)])

    var text: String {
        var out = ""
        write(to: &out, indent: "")
        return out + "\n"
    }

    private func write(to out: inout String, indent: String) {
        switch self {
        case .string(let text): Self.quote(text, to: &out)
        case .int(let number): out += String(number)
        case .number(let number): out += String(format: "%.3f", number)
        case .bool(let flag): out += flag ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += indent + "  "
                item.write(to: &out, indent: indent + "  ")
                out += index == items.count - 1 ? "\n" : ",\n"
            }
            out += indent + "]"
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{\n"
            for (index, (key, value)) in members.enumerated() {
                out += indent + "  "
                Self.quote(key, to: &out)
                out += ": "
                value.write(to: &out, indent: indent + "  ")
                out += index == members.count - 1 ? "\n" : ",\n"
            }
            out += indent + "}"
        }
    }

    /// RFC 8259 escaping only (`ByteEscapes.plainJSON`): these files never sit inside a page, so
    /// `<` stays as written.
    private static func quote(_ text: String, to out: inout String) {
        out += "\""
        ByteEscapes.plainJSON.append(text, to: &out)
        out += "\""
    }
}
