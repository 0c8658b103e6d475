/// The `description` a search result or a link preview shows. Search engines cut snippets
/// near 155–160 characters, mid-word; cut here instead, at a word boundary, so the sentence
/// ends on a whole word and an ellipsis.
enum MetaDescription {
    static let limit = 155

    /// Short enough, and with single spaces only between words: what `cut` would return
    /// unchanged, and most descriptions are (every page asks; a share page's is a fixed sentence).
    private static func isFinal(_ text: String) -> Bool {
        guard text.utf8.count <= limit else { return false }
        var previousIsSpace = true  // a leading space is not final
        for byte in text.utf8 {
            if byte >= 9 && byte <= 13 { return false }
            let isSpace = byte == 32
            if isSpace && previousIsSpace { return false }
            previousIsSpace = isSpace
        }
        return !previousIsSpace || text.isEmpty
    }

    /// Whitespace runs become one space; text over `limit + 5` characters (Unicode scalars) is
    /// cut at the last space before `limit` and ends with "…". One pass over the UTF-8 bytes that
    /// stops at the limit: every page of a build asks, and splitting into words showed in profiles.
    static func cut(_ text: String) -> String {
        if isFinal(text) { return text }
        var output: [UInt8] = []
        output.reserveCapacity(min(text.utf8.count, 4 * (limit + 6)))
        var scalars = 0
        var pendingSpace = false
        var lastSpace: Int?       // byte offset in output of the last space within the limit
        var limitEnd: Int?        // byte offset where the limit's last whole scalar ends
        var tooLong = false
        for byte in text.utf8 {
            if byte == 32 || (byte >= 9 && byte <= 13) {
                pendingSpace = !output.isEmpty
                continue
            }
            let startsScalar = byte & 0xC0 != 0x80
            if pendingSpace {
                if scalars < limit { lastSpace = output.count }
                if scalars == limit - 1 { limitEnd = output.count }
                output.append(32)
                scalars += 1
                pendingSpace = false
            }
            if startsScalar {
                if scalars == limit - 1, limitEnd == nil { limitEnd = output.count }
                scalars += 1
                if scalars > limit + 5 { tooLong = true; break }
            }
            output.append(byte)
        }
        guard tooLong else { return String(decoding: output, as: UTF8.self) }
        var result = String(decoding: output[..<(lastSpace ?? limitEnd ?? output.count)], as: UTF8.self)
        while let last = result.last, " ,;:–—-(".contains(last) { result.removeLast() }
        return result + "…"
    }
}
