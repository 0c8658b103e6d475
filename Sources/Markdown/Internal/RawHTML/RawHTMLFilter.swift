/// Rewrites the raw HTML of one document, or of one piece parsed on its own (a table cell, a
/// footnote), to what `HTMLAllowList` allows. libcmark hands raw HTML over in pieces (a block
/// of lines, or a single inline tag), so the filter reads tags, not trees: it keeps allowed tags
/// with their allowed attributes, leaves out the rest, keeps the text between them, and tracks
/// the elements it opened so an end tag never closes the theme's markup and every element it
/// opened is closed by the end of the piece (`closingTags`).
struct RawHTMLFilter {
    /// Elements, attributes and declarations left out, for the build's warning.
    private(set) var leftOut = 0
    /// Allowed elements opened and not yet closed, innermost last.
    private var open: [String] = []

    mutating func filter(_ html: String) -> String {
        let bytes = Array(html.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "<"):
                if let tag = HTMLTag.read(bytes, at: index) {
                    index = write(tag, from: bytes, to: &output)
                } else if bytes.starts(with: Array("<!--".utf8), at: index) {
                    // An author's comment: not content, left out without a warning.
                    index = Self.end(of: Array("-->".utf8), in: bytes, from: index + 4)
                } else if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "!") || bytes[index + 1] == UInt8(ascii: "?") {
                    leftOut += 1
                    index = Self.end(of: [UInt8(ascii: ">")], in: bytes, from: index + 2)
                } else {
                    output += Array("&lt;".utf8)
                    index += 1
                }
            case UInt8(ascii: ">"):
                output += Array("&gt;".utf8)
                index += 1
            case UInt8(ascii: "&"):
                output += Self.isCharacterReference(bytes, at: index) ? [byte] : Array("&amp;".utf8)
                index += 1
            default:
                output.append(byte)
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// End tags for the elements still open, innermost first; the filter starts empty again.
    mutating func closingTags() -> String {
        defer { open.removeAll() }
        return open.reversed().map { "</\($0)>" }.joined()
    }

    /// Writes `tag` as allowed and returns where reading goes on.
    private mutating func write(_ tag: HTMLTag, from bytes: [UInt8], to output: inout [UInt8]) -> Int {
        let name = tag.name
        if tag.isEnd {
            // Only an element this filter opened may be closed, and closing it closes what it holds.
            if let position = open.lastIndex(of: name) {
                for element in open[position...].reversed() { output += Array("</\(element)>".utf8) }
                open.removeSubrange(position...)
            }
            return tag.end
        }
        if HTMLAllowList.droppedWithContent.contains(name) {
            leftOut += 1
            guard !tag.closesItself else { return tag.end }
            let closing = Self.find(Array("</\(name)".utf8), in: bytes, from: tag.end, ignoringCase: true)
            return closing.map { Self.end(of: [UInt8(ascii: ">")], in: bytes, from: $0) } ?? bytes.count
        }
        guard HTMLAllowList.elements[name] != nil else {
            leftOut += 1
            return tag.end
        }
        var written = "<" + name
        let hasID = tag.attributes.contains { $0.name == "id" }
        for attribute in tag.attributes {
            // `<a name="x">`, the anchor of older blogs, keeps working as an id.
            let attributeName = name == "a" && attribute.name == "name" && !hasID ? "id" : attribute.name
            guard HTMLAllowList.allows(attributeName, on: name), Self.isAcceptable(attribute.value, for: attributeName) else {
                leftOut += 1
                continue
            }
            written += " " + attributeName
            if let value = attribute.value { written += "=\"" + Self.escaped(value) + "\"" }
        }
        written += ">"
        output += Array(written.utf8)
        if !HTMLAllowList.voidElements.contains(name), !tag.closesItself { open.append(name) }
        return tag.end
    }

    private static func isAcceptable(_ value: String?, for attribute: String) -> Bool {
        if HTMLAllowList.urlAttributes.contains(attribute) { return value.map(SafeURL.allows) ?? false }
        if HTMLAllowList.numericAttributes.contains(attribute) {
            guard let value, !value.isEmpty else { return false }
            return value.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
        }
        if attribute == "id" {
            // A plain name: an id is a link target, not a place for markup.
            guard let value, let first = value.unicodeScalars.first, first.properties.isAlphabetic else { return false }
            return value.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_:.".unicodeScalars.contains($0) }
        }
        return true
    }

    /// A value as it sits between double quotes. Character references are kept as written.
    private static func escaped(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 == 34 || $0 == 60 || $0 == 62 }) else { return value }
        return value.replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    /// `&name;`, `&#123;` or `&#x1F;`: kept as written; any other `&` is text.
    private static func isCharacterReference(_ bytes: [UInt8], at index: Int) -> Bool {
        var position = index + 1
        let isNumeric = position < bytes.count && bytes[position] == UInt8(ascii: "#")
        if isNumeric { position += 1 }
        let isHex = isNumeric && position < bytes.count && (bytes[position] | 0x20) == UInt8(ascii: "x")
        if isHex { position += 1 }
        let start = position
        while position < bytes.count, position - start < 32 {
            let byte = bytes[position]
            let isDigit = byte >= 48 && byte <= 57
            let isLetter = (byte | 0x20) >= 97 && (byte | 0x20) <= 122
            let fits = isHex ? isDigit || ((byte | 0x20) >= 97 && (byte | 0x20) <= 102) : isNumeric ? isDigit : isDigit || isLetter
            guard fits else { break }
            position += 1
        }
        return position > start && position < bytes.count && bytes[position] == UInt8(ascii: ";")
    }

    /// Where `needle` ends after `start`, or the end of the bytes when it never comes.
    private static func end(of needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int {
        find(needle, in: bytes, from: start, ignoringCase: false).map { $0 + needle.count } ?? bytes.count
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int, ignoringCase: Bool) -> Int? {
        guard start <= bytes.count - needle.count else { return nil }
        for position in start...(bytes.count - needle.count) {
            var matches = true
            for (offset, expected) in needle.enumerated() {
                let actual = bytes[position + offset]
                if actual != expected, !(ignoringCase && actual | 0x20 == expected | 0x20 && (expected | 0x20) >= 97 && (expected | 0x20) <= 122) {
                    matches = false
                    break
                }
            }
            if matches { return position }
        }
        return nil
    }
}

private extension Array where Element == UInt8 {
    func starts(with prefix: [UInt8], at index: Int) -> Bool {
        index + prefix.count <= count && self[index..<(index + prefix.count)].elementsEqual(prefix)
    }
}
