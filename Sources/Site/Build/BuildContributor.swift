/// Output beyond the site's own pages, contributed by a module further down the chain (the
/// share kit from `Share`), so `Site` never depends on it. A contributor is asked to check the
/// published site before anything is written, and its files go into the same staging folder,
/// so they are swapped in with the rest or not at all.
public protocol BuildContributor {
    /// Problems that must stop the build, such as a share text over its platform's limit.
    func check(_ site: PublishedSite) -> [SiteError]
    /// The files to add.
    func files(for site: PublishedSite) throws -> [ContributedFile]
    /// Extra values for an article's template context (for example `share_url`).
    func articleValues(for article: RenderedDocument, in site: PublishedSite) -> [String: Any]
}

/// What a build publishes, as contributors see it.
public struct PublishedSite: Sendable {
    public let config: SiteConfig
    public let paths: URLPaths
    /// Newest first.
    public let articles: [RenderedDocument]
    public let pages: [RenderedDocument]
}

/// A file a contributor adds to the output.
public struct ContributedFile {
    public enum Content {
        /// Written as is.
        case text(String)
        /// A page of the site: rendered with `template` and the usual context (site, menu,
        /// head) plus `values`.
        case page(template: String, title: String, description: String, values: [String: Any], noIndex: Bool)
    }

    /// URL path of the page (or file), e.g. `/share/give-first/`.
    public var urlPath: String
    public var content: Content

    public init(urlPath: String, content: Content) {
        self.urlPath = urlPath
        self.content = content
    }
}
