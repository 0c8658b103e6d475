import Core

/// Output beyond the site's own pages, contributed by a module further down the chain (the
/// share kit from `Share`), so `Site` never depends on it. A contributor is asked to check the
/// published site before anything is written, and its files go into the same staging folder,
/// so they are swapped in with the rest or not at all.
///
/// Its outputs come in two kinds, because a preview rebuilds only what an edit changed:
/// - per article (`articleFiles`): made again only for the edited articles;
/// - site-wide (`siteFiles`, such as a search index): made again after every rebuild, always
///   from the whole published site, so an edit never shrinks them to the edited articles.
///
/// Contributors are called from several threads at once: they are `Sendable`. One instance
/// serves one build session (a build, or a preview and its rebuilds), so it may keep what it made
/// for that session — a cache keyed by everything its result is made from, behind a lock — and
/// nothing that outlives it.
public protocol BuildContributor: Sendable {
    /// Templates this contributor renders its pages with, by name: its defaults, which a theme's
    /// or the site's `templates/` override like any other template.
    var templates: [String: String] { get }
    /// The top-level sections of goodwill.yml this contributor owns (`share`): registered so that
    /// the config's check of top-level keys knows them.
    var configSections: [String] { get }
    /// Problems in the config section this contributor owns (an unknown key, a wrong value),
    /// reported before any content is read.
    func checkConfig(_ config: SiteConfig) -> [Diagnostic]
    /// Problems that must stop the build, such as a share text over its platform's limit, in
    /// `articles`: every published article in a full build, the edited ones in a rebuild.
    func check(_ articles: [RenderedDocument], in site: PublishedSite) -> [Diagnostic]
    /// The URL paths this contributor writes, known before anything is rendered, so that an
    /// alias or a page can never take one of them silently.
    func outputPaths(for site: PublishedSite) -> [String]
    /// The files of one article.
    func articleFiles(for article: RenderedDocument, in site: PublishedSite) throws -> [ContributedFile]
    /// The files made from the whole site.
    func siteFiles(for site: PublishedSite) throws -> [ContributedFile]
    /// The name templates find this contributor's values under (`share`: `{{share.url}}`), so
    /// they can never take one of Site's own.
    var name: String { get }
    /// Extra values for an article's template context, under `name` (the share kit's `url`), or
    /// nil for none.
    func articleValues(for article: RenderedDocument, in site: PublishedSite) -> (any TemplateView)?
}

extension BuildContributor {
    public var templates: [String: String] { [:] }
    public var name: String { String(describing: Self.self) }
    public var configSections: [String] { [] }
    public func checkConfig(_ config: SiteConfig) -> [Diagnostic] { [] }
    public func check(_ articles: [RenderedDocument], in site: PublishedSite) -> [Diagnostic] { [] }
    public func outputPaths(for site: PublishedSite) -> [String] { [] }
    public func articleFiles(for article: RenderedDocument, in site: PublishedSite) throws -> [ContributedFile] { [] }
    public func siteFiles(for site: PublishedSite) throws -> [ContributedFile] { [] }
    public func articleValues(for article: RenderedDocument, in site: PublishedSite) -> (any TemplateView)? { nil }
}

/// What a build publishes, as contributors see it.
public struct PublishedSite: Sendable {
    public let config: SiteConfig
    public let paths: URLPaths
    /// Newest first.
    public let articles: [RenderedDocument]
    public let pages: [RenderedDocument]

    public init(config: SiteConfig, paths: URLPaths, articles: [RenderedDocument], pages: [RenderedDocument]) {
        self.config = config
        self.paths = paths
        self.articles = articles
        self.pages = pages
    }
}

/// A file a contributor adds to the output.
public struct ContributedFile: Sendable {
    public enum Content: Sendable {
        /// Written as is.
        case text(String)
        /// UTF-8 bytes, written as is: for text made in bulk (`UTF8Buffer`), which would only be
        /// checked again on its way through a String.
        case utf8([UInt8])
        /// A page of the site: rendered with `template` and the usual context (site, menu,
        /// head) plus `values`, which the template finds before those.
        case page(template: String, title: String, description: String, values: any TemplateView, noIndex: Bool)
    }

    /// URL path of the page (or file), e.g. `/share/give-first/`.
    public var urlPath: String
    public var content: Content

    public init(urlPath: String, content: Content) {
        self.urlPath = urlPath
        self.content = content
    }
}

extension [BuildContributor] {
    /// Every contributor's files: each article's, then the site-wide ones.
    func files(for articles: [RenderedDocument], in site: PublishedSite, threads: Int) throws -> [ContributedFile] {
        var files: [ContributedFile] = []
        for contributor in self {
            let perArticle = Parallel.map(articles, threads: threads) { article in
                Result { try contributor.articleFiles(for: article, in: site) }
            }
            for result in perArticle { files += try result.get() }
            files += try contributor.siteFiles(for: site)
        }
        return files
    }

    /// Every contributor's templates, later contributors winning.
    var templates: [String: String] {
        reduce(into: [:]) { all, contributor in all.merge(contributor.templates) { _, later in later } }
    }
}
