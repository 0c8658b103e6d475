/// One start or end tag as HTML's tokenizer reads it: `<name attr="v" attr='v' attr=v attr>`,
/// `<name/>`, `</name>`. What does not read as a tag is text, and the filter escapes its `<`.
struct HTMLTag {
    struct Attribute {
        var name: String
        /// Nil for an attribute written without a value (`<details open>`).
        var value: String?
    }

    /// Lowercased, as HTML compares names.
    var name: String
    var isEnd: Bool
    var attributes: [Attribute]
    /// `<br/>`.
    var closesItself: Bool
    /// The index after the closing `>`.
    var end: Int

    static func read(_ bytes: [UInt8], at start: Int) -> HTMLTag? {
        var index = start + 1
        let isEnd = index < bytes.count && bytes[index] == UInt8(ascii: "/")
        if isEnd { index += 1 }
        guard index < bytes.count, isLetter(bytes[index]) else { return nil }
        let nameStart = index
        while index < bytes.count, isLetter(bytes[index]) || isDigit(bytes[index]) || bytes[index] == UInt8(ascii: "-") { index += 1 }
        let name = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
        var attributes: [Attribute] = []
        var closesItself = false
        while true {
            while index < bytes.count, isSpace(bytes[index]) { index += 1 }
            guard index < bytes.count else { return nil }
            switch bytes[index] {
            case UInt8(ascii: ">"):
                return HTMLTag(name: name, isEnd: isEnd, attributes: attributes, closesItself: closesItself, end: index + 1)
            case UInt8(ascii: "/"):
                closesItself = true
                index += 1
                continue
            default:
                closesItself = false
            }
            let attributeStart = index
            while index < bytes.count, !isSpace(bytes[index]), !"\"'>/=".utf8.contains(bytes[index]) { index += 1 }
            // A quote or `=` where a name should start: not a tag HTML would read the same way.
            guard index > attributeStart else { return nil }
            let attributeName = String(decoding: bytes[attributeStart..<index], as: UTF8.self).lowercased()
            var probe = index
            while probe < bytes.count, isSpace(bytes[probe]) { probe += 1 }
            guard probe < bytes.count, bytes[probe] == UInt8(ascii: "=") else {
                attributes.append(Attribute(name: attributeName, value: nil))
                continue
            }
            index = probe + 1
            while index < bytes.count, isSpace(bytes[index]) { index += 1 }
            guard index < bytes.count else { return nil }
            let quote = bytes[index]
            let valueStart: Int, valueEnd: Int
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                guard let close = bytes[(index + 1)...].firstIndex(of: quote) else { return nil }
                valueStart = index + 1
                valueEnd = close
                index = close + 1
            } else {
                valueStart = index
                while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
                valueEnd = index
            }
            attributes.append(Attribute(name: attributeName, value: String(decoding: bytes[valueStart..<valueEnd], as: UTF8.self)))
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 97 && (byte | 0x20) <= 122 }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
    private static func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 10 || byte == 12 || byte == 13 }
}
