import Core
import Ledger

/// Whether an article fits a contact, and why: a segment in common; else a tag in common
/// (tags compared by `TagKey`, so `Sales Ops` and `sales-ops` are one tag).
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
