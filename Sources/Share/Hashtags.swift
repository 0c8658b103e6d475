import Foundation

/// Hashtags from an article's tags: `Sales Ops` → `#SalesOps`, `B2B sales` → `#B2BSales`.
enum Hashtags {
    static func make(from tags: [String]) -> [String] {
        var seen: Set<String> = []
        return tags.compactMap { tag in
            let words = tag.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            let camel = words.map { word in word.prefix(1).uppercased() + word.dropFirst() }.joined()
            // A hashtag of digits only is not a hashtag on any of the platforms.
            guard !camel.isEmpty, camel.contains(where: \.isLetter), seen.insert(camel.lowercased()).inserted else { return nil }
            return "#" + camel
        }
    }
}
