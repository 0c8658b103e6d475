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
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        var low = 0, high = words.count - 1  // number of words kept: search the largest that fits
        var best = ""
        while low <= high {
            let middle = (low + high) / 2
            let candidate = singleSpaced ? ended(text[..<words[middle].endIndex]) : cut(words, keeping: middle + 1)
            if fits(candidate) {
                best = candidate
                low = middle + 1
            } else {
                high = middle - 1
            }
        }
        return best
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
    private static func ended(_ kept: Substring) -> String {
        var kept = kept
        while let last = kept.last, ",;:.-–—(".contains(last) { kept = kept.dropLast() }
        return kept + ellipsis
    }

    private static func cut(_ words: [Substring], keeping count: Int) -> String {
        var kept = words.prefix(count).joined(separator: " ")
        // "word," + "…" reads badly: drop punctuation the cut left hanging.
        while let last = kept.last, ",;:.-–—(".contains(last) { kept.removeLast() }
        return kept + ellipsis
    }
}
