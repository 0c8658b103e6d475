import Core
import Foundation
import Markdown

/// Every file of the output, rendered and handed to the writer. Each kind of output is a small
/// file of its own under `Outputs/` that returns the files it makes: documents, list pages,
/// feeds, the sitemap, the 404 page, aliases, robots.txt, static files and contributed files.
struct SitePlan: Sendable {
    let config: SiteConfig
    let theme: Theme
    let paths: URLPaths
    /// Newest first.
    private(set) var articles: [RenderedDocument]
    let pages: [RenderedDocument]
    let context: TemplateContext
    /// Articles by segment and by tag.
    let index: SiteIndex
    let contributors: [BuildContributor]
    private(set) var published: PublishedSite

    /// Each article's summary entry by URL path: the same article appears on the home page,
    /// in its segments' and tags' lists and beside its neighbours, so it is made once.
    private(set) var summaries: [String: ArticleSummaryView]
    /// See `sharedMoreForBlocks()`.
    private(set) var moreForBlocks: [String: String] = [:]
    /// What ends each article besides "More for": its related articles, by article index.
    let related: RelatedArticles

    func summary(of article: RenderedDocument) -> ArticleSummaryView {
        Self.summary(of: article, summaries: summaries, context: context)
    }

    /// For work made later that should not hold the whole plan (a list page's deferred context).
    static func summary(of article: RenderedDocument, summaries: [String: ArticleSummaryView], context: TemplateContext) -> ArticleSummaryView {
        summaries[article.document.urlPath] ?? context.summaryEntry(article)
    }

    /// An article's summary entry with its `article-summary` partial rendered into `card_html`.
    static func summaryWithCard(_ article: RenderedDocument, context: TemplateContext, theme: Theme) -> ArticleSummaryView {
        var entry = context.summaryEntry(article)
        // The partial sees `site` as every template does; lists keep no `site` per card.
        entry.cardHTML = theme.render(site: .articleSummary, WithSite(value: entry, site: context.site, basePath: context.paths.basePath))
        return entry
    }

    /// The same plan with one article's rendering replaced (a body-only edit in the preview):
    /// its summary entry is made again; lists are untouched because nothing they show changed.
    func replacingArticle(at index: Int, with rendered: RenderedDocument) -> SitePlan {
        var plan = self
        plan.articles[index] = rendered
        plan.published = PublishedSite(config: config, paths: paths, articles: plan.articles, pages: pages)
        plan.summaries[rendered.document.urlPath] = Self.summaryWithCard(rendered, context: context, theme: theme)
        plan.moreForBlocks = plan.sharedMoreForBlocks()  // a few partials: the article may be in them
        return plan
    }

    /// A file to write: text made already, or a template and its context, rendered when the
    /// files are written in parallel.
    struct OutputFile: Sendable {
        var path: String
        var content: Content

        enum Content {
            case text(String)
            case template(String, PageView)
            /// Made when the files are written, on all cores: the contexts of thousands of list
            /// pages and the sitemap's text are too much work for the one thread that plans.
            case deferredTemplate(String, @Sendable () -> PageView)
            case deferredText(@Sendable () -> String)
            case utf8([UInt8])
        }

        init(path: String, text: String) {
            self.path = path
            self.content = .text(text)
        }

        init(path: String, template: String, context: PageView) {
            self.path = path
            self.content = .template(template, context)
        }

        init(path: String, content: Content) {
            self.path = path
            self.content = content
        }
    }

    init(config: SiteConfig, theme: Theme, articles: [RenderedDocument], pages: [RenderedDocument],
         contributors: [BuildContributor] = [], reusing known: [String: ArticleSummaryView] = [:],
         threads: Int = ProcessInfo.processInfo.activeProcessorCount) {
        for contributor in contributors {
            precondition(!PageView.articleNames.contains(contributor.name), "contributor \(contributor.name) would hide the template value \(contributor.name)")
        }
        self.contributors = contributors
        self.published = PublishedSite(config: config, paths: URLPaths(config: config), articles: articles, pages: pages)
        self.config = config
        self.theme = theme
        self.paths = URLPaths(config: config)
        self.articles = articles
        self.pages = pages
        let index = SiteIndex(articles: articles)
        self.index = index
        let context = TemplateContext(config: config, paths: paths, segmentCounts: index.articlesBySegment.mapValues(\.count),
                                      pages: pages.map(\.document), theme: theme, hasTags: !index.tags.isEmpty)
        self.context = context
        // Each entry carries its `article-summary` partial rendered once (`card_html`): list pages
        // show every article several times, and rendering the partial anew each time was most
        // of the cost of a large site's lists.
        let entries = Parallel.map(articles, threads: threads) { article -> ArticleSummaryView in
            known[article.document.urlPath] ?? Self.summaryWithCard(article, context: context, theme: theme)
        }
        self.summaries = Dictionary(uniqueKeysWithValues: zip(articles.map(\.document.urlPath), entries))
        self.related = RelatedArticles(articles: articles, config: config, threads: threads)
        self.moreForBlocks = sharedMoreForBlocks()
    }

    func write(to writer: OutputWriter, siteRoot: URL, threads: Int, clock: inout PhaseClock) throws {
        let staticPaths = try writeStaticFiles(to: writer, siteRoot: siteRoot)
        try writeDocuments(to: writer, threads: threads)
        clock.mark("pages")

        var files = summaryFiles().files
        files += try aliasPages()
        if let robots = robotsFile(staticPaths: staticPaths) { files.append(robots) }
        if let search = searchPage() { files.append(search) }
        try write(files, threads: threads) { text, path in try writer.write(text, to: path) }
        try writeContributedFiles(threads: threads) { bytes, path in try writer.write(bytes, to: path) }
        clock.mark("lists, feeds, sitemap")
    }

    /// Every file that sums the site up — list pages, feeds, sitemap, the 404 page — and the
    /// paths of the list pages (a preview deletes those that an edit made disappear).
    func summaryFiles() -> (files: [OutputFile], listPaths: Set<String>) {
        let lists = listPages()
        // The long tasks first: the sitemap, the feeds and the pages that list more than a
        // pager's worth of articles (the archive shows them all). Written last, each left a
        // core idle at the end of the parallel writing while it finished.
        let long = lists.filter { $0.items.count > config.paginate }
        let short = lists.filter { $0.items.count <= config.paginate }
        return (siteSummaries(lists) + (long + short).map(\.file), Set(lists.map(\.file.path)))
    }

    /// What a preview rewrites after editing the articles at `edited` (URL paths): the list pages
    /// that show one of them or whose articles moved since `old`, and the feeds, sitemap and 404
    /// page; `listPaths` as in `summaryFiles()`. A title edit at 10,000 articles then redoes a
    /// handful of pages instead of ~1,500.
    func summaryFiles(editing edited: Set<String>, since old: SitePlan) -> (files: [OutputFile], gone: Set<String>) {
        let lists = listPages()
        let oldLists = old.listPages()
        let before = Dictionary(oldLists.map { ($0.urlPath, $0.items) }, uniquingKeysWith: { first, _ in first })
        var files = lists.filter { list in before[list.urlPath] != list.items || list.items.contains(where: edited.contains) }.map(\.file)
        let gone = Set(oldLists.map(\.file.path)).subtracting(lists.map(\.file.path))
        files += siteSummaries(lists)
        return (files, gone)
    }

    /// What every list change redoes: the 404 page (the newest articles), the feeds and the sitemap.
    private func siteSummaries(_ lists: [ListOutput]) -> [OutputFile] {
        [notFoundPage()] + feeds() + [sitemap(listPages: lists)]
    }

    /// The text of one file, rendered now.
    func text(of file: OutputFile) throws -> String {
        switch file.content {
        case .text(let made): return made
        case .template(let template, let context): return try theme.render(template, context)
        case .deferredTemplate(let template, let makeContext): return try theme.render(template, makeContext())
        case .deferredText(let make): return make()
        case .utf8(let bytes): return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// Renders `files` in parallel and hands each to `save`.
    func write(_ files: [OutputFile], threads: Int, save: @Sendable (String, String) throws -> Void) throws {
        let failures = Parallel.map(files, threads: threads) { file -> Error? in
            do {
                try save(try text(of: file), file.path)
                return nil
            } catch {
                return error
            }
        }
        if let failure = failures.compactMap({ $0 }).first { throw failure }
    }
}
