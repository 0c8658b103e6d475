import Core

/// The published site's taxonomies: articles by segment and by tag, made once per build from
/// the articles (newest first) and read by every output that lists them.
struct SiteIndex {
    /// Published articles of each declared segment, newest first.
    let articlesBySegment: [String: [RenderedDocument]]
    /// Tags by slug (sorted), with the name as written and their articles, newest first.
    let tags: [(slug: String, name: String, articles: [RenderedDocument])]

    init(articles: [RenderedDocument]) {
        var bySegment: [String: [RenderedDocument]] = [:]
        var byTag: [String: (name: String, articles: [RenderedDocument])] = [:]
        for article in articles {
            for segment in article.document.segments { bySegment[segment, default: []].append(article) }
            for tag in article.document.tags {
                byTag[TagKey.make(tag), default: (tag, [])].articles.append(article)
            }
        }
        articlesBySegment = bySegment
        tags = byTag.keys.sorted().map { (slug: $0, name: byTag[$0]!.name, articles: byTag[$0]!.articles) }
    }
}
