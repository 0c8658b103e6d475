/// Every place a summary can be cut, with each cut's count on every platform, found once per
/// article: each of its six snippets then picks the longest cut that fits with integer sums,
/// instead of making and counting a candidate string at every step of a search (most of the
/// share kit's time at 10,000 articles).
///
/// Only for plain summaries, where a cut's count is a sum that needs no string: every scalar
/// `TextLength.isSimple` (one grapheme, one UTF-16 unit, NFC-stable, no CR), words split by
/// single spaces, and no `http` (so no URL anywhere). The rest goes through `TextShortener`.
/// The cuts are the ones `TextShortener.shorten` makes: a prefix of whole words with trailing
/// punctuation dropped, then "…".
struct SummaryCuts: Sendable, Equatable {
    /// The cut after `k + 1` words, at `cuts[k]`.
    private struct Cut: Equatable {
        /// Byte length of the prefix kept, punctuation dropped.
        var end: Int
        /// Its scalars (what graphemes and UTF-16 count here), and its weight on X.
        var scalars: Int
        var weight: Int
    }

    private let cuts: [Cut]
    private let wholeScalars: Int
    private let wholeWeight: Int
    private let text: String

    /// Nil when the summary is not plain.
    init?(_ text: String) {
        self.text = text
        guard TextLength.simpleScalars(text) else { return nil }
        var copy = text
        var cuts: [Cut] = []
        // About one word per six bytes of prose: reserved, so the array seldom grows.
        cuts.reserveCapacity(text.utf8.count / 5 + 2)
        var wholeScalars = 0, wholeWeight = 0
        let plain = copy.withUTF8 { bytes -> Bool in
            guard !bytes.isEmpty else { return true }
            guard bytes.first != 0x20, bytes.last != 0x20 else { return false }
            var scalarCount = 0, weight = 0, index = 0
            var previousIsSpace = false
            while true {
                // Most of a word: ASCII letters, digits and punctuation, one scalar of weight 1
                // each. "h" leaves this loop for the check below.
                while index < bytes.count {
                    let byte = bytes[index]
                    guard byte > 0x20, byte < 0x80, byte != 0x68 else { break }
                    scalarCount += 1
                    weight += 1
                    index += 1
                    previousIsSpace = false
                }
                let atEnd = index == bytes.count
                if atEnd || bytes[index] == 0x20 {
                    if !atEnd && previousIsSpace { return false }  // a double space: the slow path joins words anew
                    // A cut after this word. The punctuation it drops is all one scalar of
                    // weight 1 each: ASCII, or "–" and "—" (light on X).
                    let (end, dropped) = TextShortener.droppingHangingPunctuation(bytes, end: index)
                    cuts.append(Cut(end: end, scalars: scalarCount - dropped, weight: weight - dropped))
                    if atEnd { break }
                    previousIsSpace = true
                    scalarCount += 1
                    weight += 1
                    index += 1
                    continue
                }
                previousIsSpace = false
                if bytes[index] == 0x68, index + 4 <= bytes.count, bytes[index + 1] == 0x74, bytes[index + 2] == 0x74, bytes[index + 3] == 0x70 {
                    return false  // "http": maybe a URL, which counts differently
                }
                let scalar = TextLength.simpleScalar(bytes, at: index)
                weight += scalar.weight
                index += scalar.length
                scalarCount += 1
            }
            wholeScalars = scalarCount
            wholeWeight = weight
            return true
        }
        guard plain else { return nil }
        (self.cuts, self.wholeScalars, self.wholeWeight) = (cuts, wholeScalars, wholeWeight)
    }

    /// The longest cut whose count on `platform` is at most `budget`, and that count: the whole
    /// summary when it fits, "" when not even one word does. `budget` is what the rest of the
    /// snippet leaves.
    func longest(within budget: Int, on platform: Platform) -> (text: String, count: Int) {
        let onX = platform == .x
        let whole = onX ? wholeWeight : wholeScalars
        if whole <= budget { return (text, whole) }
        let ellipsis = Self.ellipsisCounts[platform.ordinal]
        // The same binary search as `TextShortener.shorten`, so the same cut where a later cut
        // could fit again after dropping more punctuation.
        var low = 0, high = cuts.count - 1, best: Int?
        while low <= high {
            let middle = (low + high) / 2
            if (onX ? cuts[middle].weight : cuts[middle].scalars) + ellipsis <= budget {
                best = middle
                low = middle + 1
            } else {
                high = middle - 1
            }
        }
        guard let best else { return ("", 0) }
        let cut = cuts[best]
        let utf8 = text.utf8
        var shortened = ""
        shortened.reserveCapacity(cut.end + TextShortener.ellipsis.utf8.count)
        shortened += text[..<utf8.index(utf8.startIndex, offsetBy: cut.end)]
        shortened += TextShortener.ellipsis
        return (shortened, (onX ? cut.weight : cut.scalars) + ellipsis)
    }

    /// "…" as each platform counts it, by `Platform.ordinal`.
    private static let ellipsisCounts = Platform.allCases.map { $0.count(TextShortener.ellipsis) }
}
