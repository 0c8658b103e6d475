import Ledger

/// Whether an article fits a contact, and why: a segment in common; else a tag in common
/// (tags compared as slugs, so `SaaS` and `saas` are one tag).
enum SegmentFit: Equatable {
    case segments([String])
    case tags([String])

    /// The fit of `article` for `contact`, or nil when they share neither a segment nor a tag.
    static func of(_ article: ArticleInfo, for contact: Contact) -> SegmentFit? {
        let segments = article.segments.filter(contact.segments.contains)
        if !segments.isEmpty { return .segments(segments) }
        let contactTags = Set(contact.tags.map(TagKey.make))
        let tags = article.tags.filter { contactTags.contains(TagKey.make($0)) }
        return tags.isEmpty ? nil : .tags(tags)
    }

}

/// A tag as compared across contacts and articles.
enum TagKey {
    static func make(_ tag: String) -> String {
        // Most tags are already lowercase ASCII letters and digits: kept as they are.
        if tag.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) }) { return tag }
        return String(tag.lowercased().filter { $0.isLetter || $0.isNumber })
    }
}
