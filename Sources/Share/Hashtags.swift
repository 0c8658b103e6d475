import Foundation

/// Hashtags from an article's tags: `Sales Ops` → `#SalesOps`, `B2B sales` → `#B2BSales`.
enum Hashtags {
    /// The first `k` hashtags of `tags` joined by spaces at `k`, for `k` from 0 up to the most
    /// a snippet takes. Kept for each list of tags seen: a site has a few hundred distinct
    /// lists at most, shared by many articles, and making them anew for each was 2% of a
    /// 10,000-article build with the share kit.
    static func lines(for tags: [String]) -> [String] {
        if let known = LineCache.shared.lines(for: tags) { return known }
        let hashtags = make(from: tags)
        let lines = (0...min(hashtags.count, SnippetWriter.hashtagLimit)).map { hashtags.prefix($0).joined(separator: " ") }
        LineCache.shared.store(lines, for: tags)
        return lines
    }

    private final class LineCache: @unchecked Sendable {  // every access holds the lock
        static let shared = LineCache()
        private let lock = NSLock()
        private var lines: [[String]: [String]] = [:]

        func lines(for tags: [String]) -> [String]? {
            lock.withLock { lines[tags] }
        }

        func store(_ made: [String], for tags: [String]) {
            lock.withLock {
                if lines.count >= 10_000 { lines.removeAll() }  // bounded, for a long preview session
                lines[tags] = made
            }
        }
    }

    static func make(from tags: [String]) -> [String] {
        var seen: Set<String> = []
        return tags.compactMap { tag in
            let camel = tag.utf8.allSatisfy({ $0 < 0x80 }) ? asciiCamelCase(tag) : camelCase(tag)
            // A hashtag of digits only is not a hashtag on any of the platforms.
            guard !camel.isEmpty, camel.contains(where: \.isLetter), seen.insert(camel.lowercased()).inserted else { return nil }
            return "#" + camel
        }
    }

    /// Words split at anything but letters and numbers, each begun with a capital.
    private static func camelCase(_ tag: String) -> String {
        let words = tag.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        return words.map { word in word.prefix(1).uppercased() + word.dropFirst() }.joined()
    }

    /// `camelCase` on ASCII bytes, where letters and numbers are A–Z, a–z and 0–9: every article
    /// of a large site asks for its tags' hashtags.
    private static func asciiCamelCase(_ tag: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(tag.utf8.count)
        var startsWord = true
        for byte in tag.utf8 {
            let isLower = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
            let isAlphanumeric = isLower || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            guard isAlphanumeric else {
                startsWord = true
                continue
            }
            output.append(startsWord && isLower ? byte - 32 : byte)
            startsWord = false
        }
        return String(decoding: output, as: UTF8.self)
    }
}
