/// One list page of the site (or a paginated run of them), before anything is rendered: what it
/// lists and where. Its URLs are known from this alone, so aliases are checked against them
/// before a page is rendered.
struct ArticleList {
    enum Kind {
        case home
        /// `/for/`: every segment.
        case segments
        case segment(Segment)
        /// `/tags/`: every tag.
        case tags
        case tag(slug: String, name: String)
        case archive
    }

    var kind: Kind
    var firstURL: String
    var articles: [RenderedDocument]

    /// Home, hubs and tags are paginated; the indexes and the archive are one page each.
    var isPaginated: Bool {
        switch kind {
        case .home, .segment, .tag: return true
        case .segments, .tags, .archive: return false
        }
    }

    /// Every list of the site, in the order they are written.
    static func all(config: SiteConfig, paths: URLPaths, articles: [RenderedDocument], index: SiteIndex) -> [ArticleList] {
        var lists = [ArticleList(kind: .home, firstURL: paths.home, articles: articles),
                     ArticleList(kind: .segments, firstURL: paths.segments, articles: articles)]
        for segment in config.segments {
            lists.append(ArticleList(kind: .segment(segment), firstURL: paths.segment(segment.slug),
                                     articles: index.articlesBySegment[segment.slug] ?? []))
        }
        lists.append(ArticleList(kind: .tags, firstURL: paths.tags, articles: articles))
        for tag in index.tags {
            lists.append(ArticleList(kind: .tag(slug: tag.slug, name: tag.name), firstURL: paths.tag(tag.slug), articles: tag.articles))
        }
        lists.append(ArticleList(kind: .archive, firstURL: paths.archive, articles: articles))
        return lists
    }

    /// The URL of each of its pages.
    func urls(perPage: Int, paths: URLPaths) -> [String] {
        guard isPaginated else { return [firstURL] }
        return ListPage.paginate(articles, perPage: perPage, firstURL: firstURL, paths: paths).map(\.url)
    }
}
