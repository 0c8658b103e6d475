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

    /// The output file for a URL path: `/articles/x/` → `articles/x/index.html`.
    public func outputFile(for urlPath: String) -> String {
        var relative = String(urlPath.dropFirst(basePath.count))
        if relative.isEmpty || relative.hasSuffix("/") { relative += "index.html" }
        return relative
    }

    /// First-level paths Goodwill writes itself; a page may not take them.
    public static let reserved: Set = ["articles", "for", "tags", "archive", "share", "page", "static", "atom.xml", "sitemap.xml"]
}
