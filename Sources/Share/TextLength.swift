import Foundation

/// Counting text the way each platform does.
public enum TextLength {
    /// X (twitter-text v3): text is NFC-normalised; each URL counts 23; an emoji, however many
    /// code points its sequence has (ZWJ families, flags, skin tones, keycaps), counts 2; any
    /// other code point counts 1 in the ranges below and 2 elsewhere (CJK, most other scripts
    /// beyond U+10FF).
    public static func twitterWeighted(_ text: String) -> Int {
        var weight = 0
        for piece in URLDetector.pieces(of: text.precomposedStringWithCanonicalMapping) {
            switch piece {
            case .url: weight += 23
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

    /// twitter-text's ranges weighted 1: Latin, Greek, Cyrillic, Hebrew, Arabic … up to U+10FF,
    /// and general punctuation such as spaces, dashes and quotes.
    static let lightRanges: [ClosedRange<UInt32>] = [0x0000...0x10FF, 0x2000...0x200D, 0x2010...0x201F, 0x2032...0x2037]

    /// Grapheme clusters, what a reader sees as one character (Bluesky, Mastodon). With
    /// `urlLength`, every URL counts that much whatever its length (Mastodon: 23).
    public static func graphemes(_ text: String, urlLength: Int?) -> Int {
        guard let urlLength else { return text.count }
        return URLDetector.pieces(of: text).reduce(0) { total, piece in
            switch piece {
            case .url: return total + urlLength
            case .text(let text): return total + text.count
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
        while let start = rest.range(of: "http", options: .literal)?.lowerBound {
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
