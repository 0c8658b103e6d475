/// Shortens free text at a word boundary with an ellipsis. It cuts only between words, so it
/// never splits a URL, a hashtag, an emoji or any other grapheme cluster.
enum TextShortener {
    static let ellipsis = "…"

    /// The longest prefix of `text` (cut at a space, ended with "…") for which `fits` holds,
    /// or "" when not even one word fits.
    static func shorten(_ text: String, toFit fits: (String) -> Bool) -> String {
        if fits(text) { return text }
        // Where each word ends. With single spaces between words (nearly always) a prefix of k
        // words is a slice of the text, not a join of k substrings: the share kit shortens
        // several snippets of every article, so this showed in profiles of 10,000-article builds.
        let singleSpaced = !text.hasPrefix(" ") && !text.hasSuffix(" ") && !hasDoubleSpace(text)
        let simple = TextLength.simpleScalars(text)
        let words = simple ? wordsSplitOnBytes(text) : text.split(separator: " ", omittingEmptySubsequences: true)
        var low = 0, high = words.count - 1  // number of words kept: search the largest that fits
        var best = ""
        while low <= high {
            let middle = (low + high) / 2
            let candidate = singleSpaced ? ended(text[..<words[middle].endIndex], simple: simple) : cut(words, keeping: middle + 1)
            if fits(candidate) {
                best = candidate
                low = middle + 1
            } else {
                high = middle - 1
            }
        }
        return best
    }

    /// The words of `text`, split at space bytes: the same as splitting at space Characters when
    /// no scalar can join a space into a longer Character (`simpleScalars`). Splitting into
    /// Characters was a fifth of the share kit's time in profiles.
    private static func wordsSplitOnBytes(_ text: String) -> [Substring] {
        var words: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = utf8.startIndex
        while index != utf8.endIndex {
            if utf8[index] == 32 {
                if start != index { words.append(text[start..<index]) }
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        if start != utf8.endIndex { words.append(text[start..<utf8.endIndex]) }
        return words
    }

    /// Two spaces in a row, on bytes (Foundation's `contains` of a string goes through CFString).
    private static func hasDoubleSpace(_ text: String) -> Bool {
        var previousIsSpace = false
        for byte in text.utf8 {
            let isSpace = byte == 32
            if isSpace && previousIsSpace { return true }
            previousIsSpace = isSpace
        }
        return false
    }

    /// `kept` with the punctuation a cut left hanging dropped, and "…".
    private static func ended(_ kept: Substring, simple: Bool) -> String {
        // No combining marks: the last Character is the last scalar, found on bytes.
        if simple, let end = kept.utf8.withContiguousStorageIfAvailable({ droppingHangingPunctuation($0, end: $0.count).end }) {
            return String(kept[..<kept.utf8.index(kept.utf8.startIndex, offsetBy: end)]) + ellipsis
        }
        var kept = kept
        while let last = kept.last, ",;:.-–—(".contains(last) { kept = kept.dropLast() }
        return kept + ellipsis
    }

    /// `end` moved back over the punctuation a cut leaves hanging (",;:.-(" and "–" "—", which
    /// end in E2 80 93 and E2 80 94), and how many scalars that dropped: on the bytes of text
    /// with no combining marks, where the last Character is the last scalar.
    static func droppingHangingPunctuation(_ bytes: UnsafeBufferPointer<UInt8>, end: Int) -> (end: Int, dropped: Int) {
        var end = end, dropped = 0
        while end > 0 {
            let byte = bytes[end - 1]
            if byte == 0x2C || byte == 0x3B || byte == 0x3A || byte == 0x2E || byte == 0x2D || byte == 0x28 {  // ,;:.-(
                end -= 1
            } else if (byte == 0x93 || byte == 0x94), end >= 3, bytes[end - 2] == 0x80, bytes[end - 3] == 0xE2 {
                end -= 3
            } else {
                break
            }
            dropped += 1
        }
        return (end, dropped)
    }

    private static func cut(_ words: [Substring], keeping count: Int) -> String {
        var kept = words.prefix(count).joined(separator: " ")
        // "word," + "…" reads badly: drop punctuation the cut left hanging.
        while let last = kept.last, ",;:.-–—(".contains(last) { kept.removeLast() }
        return kept + ellipsis
    }
}
