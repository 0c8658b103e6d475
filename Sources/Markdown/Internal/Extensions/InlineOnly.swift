/// A table cell holds inline Markdown only, but it is parsed as a document of its own; a
/// leading `#`, `>`, `- `, `1. ` or fence would start a block there. A backslash before that
/// character makes libcmark read it as the text it is in a cell.
enum InlineOnly {
    /// `text` with a block-starting first character escaped; the second value is how many
    /// bytes were added at the front (0 or 1), for columns.
    static func protect(_ text: String) -> (String, added: Int) {
        let bytes = Array(text.utf8)
        guard let first = bytes.first else { return (text, 0) }
        let second = bytes.count > 1 ? bytes[1] : nil
        let escapeFirst: Bool
        switch first {
        case UInt8(ascii: "#"), UInt8(ascii: ">"), UInt8(ascii: "+"), UInt8(ascii: "="), UInt8(ascii: "-"):
            escapeFirst = true
        case UInt8(ascii: "`"), UInt8(ascii: "~"):
            escapeFirst = bytes.count >= 3 && bytes[1] == first && bytes[2] == first
        case UInt8(ascii: "*"), UInt8(ascii: "_"):
            escapeFirst = second == nil || second == 32 || second == 9 || bytes.allSatisfy { $0 == first || $0 == 32 || $0 == 9 }
        default:
            escapeFirst = false
        }
        if escapeFirst { return ("\\" + text, 1) }
        // "1. " or "1) " would start an ordered list: escape the delimiter instead.
        var digits = 0
        while digits < bytes.count, digits < 10, (48...57).contains(bytes[digits]) { digits += 1 }
        if digits > 0, digits <= 9, digits < bytes.count, bytes[digits] == UInt8(ascii: ".") || bytes[digits] == UInt8(ascii: ")"),
           digits + 1 == bytes.count || bytes[digits + 1] == 32 || bytes[digits + 1] == 9 {
            var escaped = bytes
            escaped.insert(UInt8(ascii: "\\"), at: digits)
            return (String(decoding: escaped, as: UTF8.self), 0)
        }
        return (text, 0)
    }
}
