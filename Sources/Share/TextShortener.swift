/// Shortens free text at a word boundary with an ellipsis. It cuts only between words, so it
/// never splits a URL, a hashtag, an emoji or any other grapheme cluster.
enum TextShortener {
    static let ellipsis = "…"

    /// The longest prefix of `text` (cut at a space, ended with "…") for which `fits` holds,
    /// or "" when not even one word fits.
    static func shorten(_ text: String, toFit fits: (String) -> Bool) -> String {
        if fits(text) { return text }
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        var low = 0, high = words.count - 1  // number of words kept: search the largest that fits
        var best = ""
        while low <= high {
            let middle = (low + high) / 2
            let candidate = cut(words, keeping: middle + 1)
            if fits(candidate) {
                best = candidate
                low = middle + 1
            } else {
                high = middle - 1
            }
        }
        return best
    }

    private static func cut(_ words: [Substring], keeping count: Int) -> String {
        var kept = words.prefix(count).joined(separator: " ")
        // "word," + "…" reads badly: drop punctuation the cut left hanging.
        while let last = kept.last, ",;:.-–—(".contains(last) { kept.removeLast() }
        return kept + ellipsis
    }
}
