/// Where each kind of output lives: one place, so links and files always agree.
public struct URLPaths: Sendable {
    public let basePath: String

    public init(config: SiteConfig) {
        self.basePath = config.basePath
    }

    public func path(for kind: Document.Kind, slug: String) -> String {
        switch kind {
        case .article: return "\(basePath)articles/\(slug)/"
        case .page: return "\(basePath)\(slug)/"
        }
    }

    public var home: String { basePath }
    /// Every segment hub: `/for/`.
    public var segments: String { "\(basePath)for/" }
    /// A segment's hub: `/for/founders/`.
    public func segment(_ slug: String) -> String { "\(segments)\(slug)/" }
    public func segmentFeed(_ slug: String) -> String { "\(segment(slug))atom.xml" }
    public var tags: String { "\(basePath)tags/" }
    public func tag(_ slug: String) -> String { "\(tags)\(slug)/" }
    public var archive: String { "\(basePath)archive/" }
    /// The search page, and the folder of Pagefind's index and scripts.
    public var search: String { "\(basePath)search/" }
    public var searchBundle: String { "\(basePath)pagefind/" }
    public var feed: String { "\(basePath)atom.xml" }
    public var sitemap: String { "\(basePath)sitemap.xml" }
    public var robots: String { "\(basePath)robots.txt" }
    public var notFound: String { "\(basePath)404.html" }
    public var stylesheet: String { "\(basePath)style.css" }

    /// Page `number` of a list whose first page is at `first`: `/for/x/`, `/for/x/page/2/`.
    public func page(_ number: Int, of first: String) -> String {
        number <= 1 ? first : "\(first)page/\(number)/"
    }

    /// The output file for a URL path: `/articles/x/` → `articles/x/index.html`.
    public func outputFile(for urlPath: String) -> String {
        var relative = String(urlPath.dropFirst(basePath.count))
        if relative.isEmpty || relative.hasSuffix("/") { relative += "index.html" }
        return relative
    }

    /// First-level paths the site writes itself; a page may not take them. (Contributors'
    /// paths, such as the share kit's, are checked against every page's path when planned.)
    public static let reserved: Set = ["articles", "for", "tags", "archive", "page", "static", "search", "pagefind",
                                       "atom.xml", "sitemap.xml", "robots.txt", "404.html"]
}
