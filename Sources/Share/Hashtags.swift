import Foundation

/// Hashtags from an article's tags: `Sales Ops` → `#SalesOps`, `B2B sales` → `#B2BSales`.
enum Hashtags {
    /// The first `k` hashtags of `tags` joined by spaces at `k`, for `k` from 0 up to the most
    /// a snippet takes.
    static func lines(for tags: [String], cache: HashtagCache? = nil) -> [String] {
        let hashtags = make(from: tags, cache: cache).prefix(SnippetWriter.hashtagLimit)
        var lines = [""]
        lines.reserveCapacity(hashtags.count + 1)
        for hashtag in hashtags { lines.append(lines.count == 1 ? hashtag : lines[lines.count - 1] + " " + hashtag) }
        return lines
    }

    /// Each tag's hashtag, the first of those that differ only in case.
    static func make(from tags: [String], cache: HashtagCache? = nil) -> [String] {
        var hashtags: [String] = [], seen: Set<String> = []
        for tag in tags {
            guard let made = cache?.hashtag(for: tag) ?? hashtag(for: tag), seen.insert(made.key).inserted else { continue }
            hashtags.append(made.hashtag)
        }
        return hashtags
    }

    /// One tag's hashtag and the key two hashtags that differ only in case share (platforms match
    /// hashtags regardless of case: this is the hashtag's identity, not the tag's, which is
    /// `TagKey`); nil when the tag makes none (digits only: not a hashtag on any platform).
    fileprivate static func hashtag(for tag: String) -> (hashtag: String, key: String)? {
        let camel = TextLength.isASCII(tag) ? asciiCamelCase(tag) : camelCase(tag)
        guard !camel.isEmpty, camel.contains(where: \.isLetter) else { return nil }
        return ("#" + camel, camel.lowercased())
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

/// Each tag's hashtag, kept for one build session (a share kit and the preview rebuilds it
/// serves): a site has a few hundred tags, each on many articles, and making them anew for every
/// article showed in the kit's profile (docs/performance.md).
final class HashtagCache: @unchecked Sendable {  // safe: every access holds the lock
    private let lock = NSLock()
    private var made: [String: (hashtag: String, key: String)?] = [:]

    func hashtag(for tag: String) -> (hashtag: String, key: String)? {
        if let known = lock.withLock({ made[tag] }) { return known }
        let hashtag = Hashtags.hashtag(for: tag)
        lock.withLock {
            if made.count >= 100_000 { made.removeAll() }  // bounded, for a long preview session
            made[tag] = .some(hashtag)
        }
        return hashtag
    }
}
