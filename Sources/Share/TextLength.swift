import Core
import Foundation

/// Counting text the way each platform does.
public enum TextLength {
    /// X (twitter-text v3): text is NFC-normalised; each URL counts 23; an emoji, however many
    /// code points its sequence has (ZWJ families, flags, skin tones, keycaps), counts 2; any
    /// other code point counts 1 in the ranges below and 2 elsewhere (CJK, most other scripts
    /// beyond U+10FF).
    public static func twitterWeighted(_ text: String) -> Int {
        // Plain ASCII (most generated text) needs no normalisation and weighs 1 per byte.
        if isASCII(text) { return asciiLength(text) }
        // Simple scalars (X's " — " makes most generated text non-ASCII) need no NFC and no
        // grapheme breaking: weighed on bytes.
        if simpleScalars(text) { return simpleWeight(text) }
        var weight = 0
        for piece in URLDetector.pieces(of: nfc(text)) {
            switch piece {
            case .url: weight += 23
            case .text(let text) where simpleScalars(text):
                // No scalar here can join a cluster or be an emoji: weigh scalar by scalar.
                for scalar in text.unicodeScalars { weight += isLight(scalar.value) ? 1 : 2 }
            case .text(let text):
                for character in text {
                    if isEmoji(character) {
                        weight += 2
                        continue
                    }
                    for scalar in character.unicodeScalars {
                        weight += isLight(scalar.value) ? 1 : 2
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
    static func isLight(_ value: UInt32) -> Bool {
        value <= 0x10FF || (0x2000...0x200D).contains(value) || (0x2010...0x201F).contains(value) || (0x2032...0x2037).contains(value)
    }

    /// X's weight of text whose scalars are all simple, on UTF-8 bytes (`simpleScalar`), each URL
    /// weighing 23 whatever it holds.
    private static func simpleWeight(_ text: String) -> Int {
        let urls = URLDetector.urlByteRanges(in: text)
        var text = text
        return text.withUTF8 { bytes in
            func weight(_ range: Range<Int>) -> Int {
                var weight = 0, index = range.lowerBound
                while index < range.upperBound {
                    let scalar = simpleScalar(bytes, at: index)
                    weight += scalar.weight
                    index += scalar.length
                }
                return weight
            }
            return urls.reduce(weight(0..<bytes.count)) { total, url in total - weight(url) + 23 }
        }
    }

    /// The byte length and X weight of the simple scalar (`isSimple`) that starts at `index`:
    /// ASCII and two-byte scalars (below U+0300) weigh 1; the three-byte ones (general
    /// punctuation) 1 when light, else 2.
    static func simpleScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (length: Int, weight: Int) {
        let byte = bytes[index]
        if byte < 0x80 { return (1, 1) }
        if byte < 0xE0 { return (2, 1) }
        let value = 0x2000 | (UInt32(bytes[index + 1] & 0x3F) << 6) | UInt32(bytes[index + 2] & 0x3F)
        return (3, isLight(value) ? 1 : 2)
    }

    /// Grapheme clusters, what a reader sees as one character (Bluesky, Mastodon). With
    /// `urlLength`, every URL counts that much whatever its length (Mastodon: 23).
    public static func graphemes(_ text: String, urlLength: Int?) -> Int {
        let ascii = isASCII(text, withoutCR: true)  // \r\n is one grapheme: not on the fast path
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
    /// One scalar of that set (the definition the byte test below encodes).
    static func isSimple(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value < 0x300 && value != 0x0D) || (0x2010...0x2027).contains(value) || (0x2030...0x205E).contains(value)
    }

    static func simpleScalars<S: StringProtocol>(_ text: S) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(simpleScalars) ?? simpleScalars(bytes: text.utf8)
    }

    static func simpleScalars(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        simpleScalars(bytes: bytes)
    }

    private static func simpleScalars<C: Collection<UInt8>>(bytes utf8: C) -> Bool {
        // On UTF-8 bytes, without decoding scalars (every count of every snippet asks): ASCII but
        // CR; two-byte sequences below U+0300 (lead byte below 0xCC); E2 80 90–A7 (U+2010–2027),
        // E2 80 B0–BF and E2 81 80–9E (U+2030–205E).
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte < 0x80 {
                if byte == 0x0D { return false }
                index = utf8.index(after: index)
                continue
            }
            if byte >= 0xC2 && byte < 0xCC {
                index = utf8.index(index, offsetBy: 2)
                continue
            }
            guard byte == 0xE2, utf8.distance(from: index, to: utf8.endIndex) >= 3 else { return false }
            let second = utf8[utf8.index(index, offsetBy: 1)], third = utf8[utf8.index(index, offsetBy: 2)]
            let simple = (second == 0x80 && ((0x90...0xA7).contains(third) || third >= 0xB0)) || (second == 0x81 && third <= 0x9E)
            guard simple else { return false }
            index = utf8.index(index, offsetBy: 3)
        }
        return true
    }

    /// ASCII text with each URL counted as `urlLength`: bytes, less each URL's, plus `urlLength` each.
    private static func asciiLength(_ text: String, urlLength: Int = 23) -> Int {
        URLDetector.urlByteRanges(in: text).reduce(text.utf8.count) { total, url in total - url.count + urlLength }
    }

    /// Whether every byte of `text` is ASCII (and none a CR, with `withoutCR`), eight at a time.
    static func isASCII(_ text: String, withoutCR: Bool = false) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            TextBytes.isASCII(bytes) && (!withoutCR || bytes.isEmpty || memchr(bytes.baseAddress!, 0x0D, bytes.count) == nil)
        } ?? text.utf8.allSatisfy { $0 < 0x80 && (!withoutCR || $0 != 0x0D) }
    }

    /// UTF-16 code units, what JavaScript's `length` (LinkedIn, Facebook) counts.
    public static func utf16(_ text: String) -> Int {
        // On UTF-8 bytes: one unit per scalar, two for those beyond the BMP (four-byte
        // sequences). String's own count of a non-ASCII string builds an index of it first.
        text.utf8.withContiguousStorageIfAvailable { bytes in scalarCount(bytes, beyondBMPTwice: true) } ?? text.utf16.count
    }

    /// The scalars of UTF-8 `bytes` (the bytes that are not continuation bytes), four-byte
    /// sequences counted twice when `beyondBMPTwice` (UTF-16 units). Eight bytes at a time: a
    /// continuation byte is 10xxxxxx, a four-byte lead 11110xxx; each is a bit of a mask, counted.
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>, beyondBMPTwice: Bool = false) -> Int {
        let raw = UnsafeRawBufferPointer(bytes)
        let highs: UInt64 = 0x8080_8080_8080_8080
        var count = 0, index = 0
        while index + 8 <= raw.count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            index += 8
            guard word & highs != 0 else {
                count += 8
                continue
            }
            // Bit 7 of each byte, and (shifted up) its bits 6, 5 and 4.
            let bit6 = word << 1, bit5 = word << 2, bit4 = word << 3
            count += 8 - (word & ~bit6 & highs).nonzeroBitCount
            if beyondBMPTwice { count += (word & bit6 & bit5 & bit4 & highs).nonzeroBitCount }
        }
        while index < raw.count {
            let byte = raw[index]
            if byte & 0xC0 != 0x80 { count += beyondBMPTwice && byte >= 0xF0 ? 2 : 1 }
            index += 1
        }
        return count
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
/// starts at the text's start, after whitespace or after `([\"'`, and runs to the next whitespace,
/// less trailing punctuation that usually ends a sentence.
///
/// It scans UTF-8 bytes: the share kit counts every snippet of every article several times while
/// fitting it, and searching `Character`s for "http" at each count dominated the kit's time
/// (docs/performance.md). Characters are decoded only next to a non-ASCII byte.
enum URLDetector {
    enum Piece: Equatable {
        case text(Substring)
        case url(Substring)
    }

    static func pieces(of text: String) -> [Piece] {
        let ranges = urlRanges(in: text)
        guard !ranges.isEmpty else { return text.isEmpty ? [] : [.text(text[...])] }
        var pieces: [Piece] = []
        var position = text.startIndex
        for range in ranges {
            if position < range.lowerBound { pieces.append(.text(text[position..<range.lowerBound])) }
            pieces.append(.url(text[range]))
            position = range.upperBound
        }
        if position < text.endIndex { pieces.append(.text(text[position...])) }
        return pieces
    }

    /// The URLs' byte ranges in `text`'s UTF-8.
    static func urlByteRanges(in text: String) -> [Range<Int>] {
        var text = text
        return text.withUTF8 { bytes in
            var ranges: [Range<Int>] = []
            let count = bytes.count
            var index = 0
            while index + 7 <= count {
                // The next "h" that leaves room for "http://", found by memchr (vectorised): a
                // snippet is counted a dozen times while it is fitted, a few hundred bytes each.
                guard let found = memchr(bytes.baseAddress! + index, 0x68, count - 6 - index) else { break }
                index = bytes.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
                guard startsURL(bytes, at: index) else {
                    index += 1
                    continue
                }
                guard index == 0 || opensURL(bytes, before: index) else {
                    index += 1
                    continue
                }
                var end = index
                while end < count, !isWhitespace(bytes, at: end) { end += 1 }
                while end > index, ".,;:!?)]\"'".utf8.contains(bytes[end - 1]) { end -= 1 }
                ranges.append(index..<end)
                index = max(end, index + 1)
            }
            return ranges
        }
    }

    static func urlRanges(in text: String) -> [Range<String.Index>] {
        urlByteRanges(in: text).map { range in
            let utf8 = text.utf8
            return utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)
        }
    }

    /// `http://` or `https://` at `index`.
    private static func startsURL(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let http: [UInt8] = [0x68, 0x74, 0x74, 0x70]
        guard (0..<4).allSatisfy({ bytes[index + $0] == http[$0] }) else { return false }
        if bytes[index + 4] == 0x3A { return bytes[index + 5] == 0x2F && bytes[index + 6] == 0x2F }  // ://
        return bytes[index + 4] == 0x73 && index + 8 <= bytes.count && bytes[index + 5] == 0x3A && bytes[index + 6] == 0x2F
            && bytes[index + 7] == 0x2F  // s://
    }

    /// Whether the character before `index` may precede a URL: whitespace or `([\"'`.
    private static func opensURL(_ bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> Bool {
        let previous = bytes[index - 1]
        if previous < 0x80 { return isASCIIWhitespace(previous) || "([\"'".utf8.contains(previous) }
        var start = index - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(bytes, at: start)?.properties.isWhitespace ?? false
    }

    private static func isWhitespace(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return isASCIIWhitespace(byte) }
        guard byte & 0xC0 != 0x80 else { return false }  // inside a character
        return scalar(bytes, at: index)?.properties.isWhitespace ?? false
    }

    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    /// The scalar whose first byte is at `index`.
    private static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Unicode.Scalar? {
        var iterator = bytes[index...].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return nil
    }
}
