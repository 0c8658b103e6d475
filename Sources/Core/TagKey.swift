/// A tag's identity: two spellings are one tag when they make the same slug (`Sales Ops` and
/// `sales ops` are both `sales-ops`, one page at /tags/sales-ops/). The site's tag pages and
/// spelling check, the feeds, and the suggestions' and introductions' matching of contacts'
/// tags to articles' all compare tags by this key, so they never disagree on what is one tag.
public enum TagKey {
    public static func make(_ tag: String) -> String {
        Slug.make(from: tag)
    }
}
