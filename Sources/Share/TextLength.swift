import Foundation

/// Counting text the way each platform does.
public enum TextLength {
    /// X (twitter-text v3): text is NFC-normalised; each URL counts 23; an emoji, however many
    /// code points its sequence has (ZWJ families, flags, skin tones, keycaps), counts 2; any
    /// other code point counts 1 in the ranges below and 2 elsewhere (CJK, most other scripts
    /// beyond U+10FF).
    public static func twitterWeighted(_ text: String) -> Int {
        // Plain ASCII (most generated text) needs no normalisation and weighs 1 per byte.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiLength(text) }
        var weight = 0
        for piece in URLDetector.pieces(of: nfc(text)) {
            switch piece {
            case .url: weight += 23
            case .text(let text) where simpleScalars(text):
                // No scalar here can join a cluster or be an emoji: weigh scalar by scalar.
                for scalar in text.unicodeScalars { weight += lightRanges.contains { $0.contains(scalar.value) } ? 1 : 2 }
            case .text(let text):
                for character in text {
                    if isEmoji(character) {
                        weight += 2
                        continue
                    }
                    for scalar in character.unicodeScalars {
                        weight += lightRanges.contains { $0.contains(scalar.value) } ? 1 : 2
                    }
                }
            }
        }
        return weight
    }

    /// NFC, computed only when it can change something: a combining mark or a conjoining Hangul
    /// jamo. Foundation's normalisation is slow on Linux and most text is already composed.
    static func nfc(_ text: String) -> String {
        let mayChange = text.unicodeScalars.contains { scalar in
            scalar.value >= 0x300 && (scalar.properties.canonicalCombiningClass != .notReordered
                || (0x1100...0x11FF).contains(scalar.value) || (0xA960...0xA97F).contains(scalar.value) || (0xD7B0...0xD7FF).contains(scalar.value))
        }
        return mayChange ? text.precomposedStringWithCanonicalMapping : text
    }

    /// twitter-text's ranges weighted 1: Latin, Greek, Cyrillic, Hebrew, Arabic … up to U+10FF,
    /// and general punctuation such as spaces, dashes and quotes.
    static let lightRanges: [ClosedRange<UInt32>] = [0x0000...0x10FF, 0x2000...0x200D, 0x2010...0x201F, 0x2032...0x2037]

    /// Grapheme clusters, what a reader sees as one character (Bluesky, Mastodon). With
    /// `urlLength`, every URL counts that much whatever its length (Mastodon: 23).
    public static func graphemes(_ text: String, urlLength: Int?) -> Int {
        let ascii = text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }  // \r\n is one grapheme: not on the fast path
        guard let urlLength else { return ascii ? text.utf8.count : (simpleScalars(text) ? text.unicodeScalars.count : text.count) }
        if ascii { return asciiLength(text, urlLength: urlLength) }
        return URLDetector.pieces(of: text).reduce(0) { total, piece in
            switch piece {
            case .url: return total + urlLength
            case .text(let text): return total + (simpleScalars(text) ? text.unicodeScalars.count : text.count)
            }
        }
    }

    /// True when every scalar stands alone as a grapheme and is no emoji: Latin-1 and Latin
    /// Extended (below the combining marks at U+0300) and general punctuation such as dashes and
    /// quotes (U+2010–U+2027, U+2030–U+205E, no joiners). Such text is counted scalar by scalar,
    /// without the cost of grapheme breaking and Unicode property lookups.
    static func simpleScalars<S: StringProtocol>(_ text: S) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            let value = scalar.value
            return (value < 0x300 && value != 0x0D) || (0x2010...0x2027).contains(value) || (0x2030...0x205E).contains(value)
        }
    }

    /// ASCII text with each URL counted as `urlLength`.
    private static func asciiLength(_ text: String, urlLength: Int = 23) -> Int {
        guard text.contains("http") else { return text.utf8.count }
        return URLDetector.pieces(of: text).reduce(0) { total, piece in
            switch piece {
            case .url: return total + urlLength
            case .text(let text): return total + text.utf8.count
            }
        }
    }

    /// UTF-16 code units, what JavaScript's `length` (LinkedIn, Facebook) counts.
    public static func utf16(_ text: String) -> Int {
        text.utf16.count
    }

    /// An emoji as twitter-text's emoji parser sees one: a cluster shown as an emoji by
    /// default, or made one by a variation selector, a skin tone, a keycap or a ZWJ join.
    static func isEmoji(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return false }
        // One scalar below U+231A (the first emoji shown as emoji by default) is never an emoji:
        // answering without Unicode property lookups keeps counting fast for ordinary text.
        if first.value < 0x231A && scalars.count == 1 { return false }
        if first.properties.isEmojiPresentation { return true }
        guard first.properties.isEmoji, scalars.count > 1 else { return false }
        return scalars.contains { $0.value == 0xFE0F || $0.value == 0x20E3 || $0.value == 0x200D || $0.properties.isEmojiModifier }
    }
}

/// Finds `http://` and `https://` URLs in text, as the platforms' own link detectors do: a URL
/// runs to the next whitespace, less trailing punctuation that usually ends a sentence.
enum URLDetector {
    enum Piece: Equatable {
        case text(Substring)
        case url(Substring)
    }

    static func pieces(of text: String) -> [Piece] {
        var pieces: [Piece] = []
        var rest = text[...]
        while let start = rest.firstRange(of: "http")?.lowerBound {
            let candidate = rest[start...]
            guard candidate.hasPrefix("https://") || candidate.hasPrefix("http://"),
                  start == rest.startIndex || rest[rest.index(before: start)].isWhitespace || "([\"'".contains(rest[rest.index(before: start)]) else {
                let next = rest.index(after: start)
                pieces.append(.text(rest[..<next]))
                rest = rest[next...]
                continue
            }
            var end = candidate.firstIndex(where: { $0.isWhitespace }) ?? candidate.endIndex
            while end > candidate.startIndex, ".,;:!?)]\"'".contains(candidate[candidate.index(before: end)]) {
                end = candidate.index(before: end)
            }
            if start > rest.startIndex { pieces.append(.text(rest[..<start])) }
            pieces.append(.url(rest[start..<end]))
            rest = rest[end...]
        }
        if !rest.isEmpty { pieces.append(.text(rest)) }
        return pieces.reduce(into: []) { merged, piece in
            if case .text(let next) = piece, case .text(let previous)? = merged.last, previous.endIndex == next.startIndex {
                merged[merged.count - 1] = .text(previous.base[previous.startIndex..<next.endIndex])
            } else {
                merged.append(piece)
            }
        }
    }
}
