import Core
import Markdown

/// Builds the values templates see. Every key is documented in docs/themes.md; keep the two
/// in step. Empty values are left out rather than set to "", because Mustache treats an
/// empty string as true and `{{#summary}}…{{/summary}}` would render an empty block.
struct TemplateContext: Sendable {
    let config: SiteConfig
    let paths: URLPaths
    /// Published articles per segment slug.
    let segmentCounts: [String: Int]
    let pages: [Document]
    /// Whether any published article has a tag: an empty tags page is not linked.
    let hasTags: Bool
    /// goodwill.yml's `favicon`, else the theme's `favicon.svg` when it has one; the same on
    /// every page, so found once.
    let faviconURL: String?
    /// goodwill.yml's default preview image, for every page without its own.
    private let defaultPreviewImage: PreviewImage?
    /// The author's profiles (`rel="me"` on every page), made once.
    private let profileURLs: [String]
    /// The `site` value, the same for every page, so built once.
    private(set) var site: SiteView
    /// `feeds` of a page with no feed of its own (all but segment pages): the site's, built once.
    private var siteFeedEntries: [FeedLink] = []
    /// The menu as seen from a page that is not in it (every article), built once.
    private var navigationFromElsewhere: [NavigationLink] = []
    /// The `site-header` partial rendered once for each page of the menu (the one marked
    /// current), and under "" for every other page; the `site-footer` partial, rendered once.
    private var headers: [String: HTMLFragment] = [:]
    private var footer = HTMLFragment("")
    /// Each declared segment as templates see it, by slug, in the order declared: made once,
    /// since every article and list shows its segments.
    private var segmentEntries: [String: SegmentView] = [:]
    private(set) var segmentsInOrder: [(segment: Segment, entry: SegmentView)] = []
    private let theme: Theme
    /// The prepared values' partials that the theme or the site has its own of.
    private let ownPartials: Set<SiteTemplate>

    init(config: SiteConfig, paths: URLPaths, segmentCounts: [String: Int], pages: [Document], theme: Theme, hasTags: Bool) {
        self.config = config
        self.hasTags = hasTags
        self.theme = theme
        ownPartials = Set(SiteTemplate.prepared.filter { theme.ownTemplates.contains($0.rawValue) })
        if let favicon = config.favicon, !favicon.isEmpty {
            faviconURL = favicon.hasPrefix("/") ? paths.basePath + favicon.dropFirst() : favicon
        } else {
            faviconURL = theme.staticFiles.contains { $0.outputPath == "favicon.svg" } ? paths.basePath + "favicon.svg" : nil
        }
        defaultPreviewImage = config.previewImage(for: nil)
        profileURLs = config.author.profileURLs
        self.paths = paths
        self.segmentCounts = segmentCounts
        self.pages = pages
        var inOrder: [(segment: Segment, entry: SegmentView)] = []
        for segment in config.segments {
            let entry = Self.segmentView(segment, paths: paths, counts: segmentCounts)
            segmentEntries[segment.slug] = entry
            inOrder.append((segment, entry))
        }
        segmentsInOrder = inOrder
        site = Self.siteView(config: config, paths: paths, hasTags: hasTags, segments: inOrder.map(\.entry))
        self.siteFeedEntries = [FeedLink(title: config.title, url: paths.feed)]
        self.navigationFromElsewhere = navigation(current: "")
        for current in [""] + navigationFromElsewhere.map(\.url) {
            headers[current] = HTMLFragment(theme.renderFragment(.siteHeader, ["site": site, "nav": navigation(current: current)]))
            if !current.isEmpty, current != paths.home {
                headers[Self.sectionKey(current)] = HTMLFragment(theme.renderFragment(
                    .siteHeader, ["site": site, "nav": navigation(current: "", section: current)]))
            }
        }
        footer = HTMLFragment(theme.renderFragment(.siteFooter, ["site": site]))
    }

    /// What a page is, as Open Graph names it.
    enum PageKind: String {
        case website, article
    }

    /// What a page's `<head>` needs besides its body.
    struct Head {
        var title: String?
        var description: String
        var urlPath: String
        /// An article's page, or any other (lists, pages, share pages): the Open Graph type, and
        /// whether the page can be one of the menu's.
        var kind: PageKind = .website
        /// The page's own preview image; pages without one get the site's.
        var image: PreviewImage?
        var jsonLD: String?
        var previousURL: String?
        var nextURL: String?
        /// Extra feeds to announce besides the site feed, as (title, URL path).
        var feeds: [(title: String, url: String)] = []
        var noIndex = false
        /// Articles: RFC 3339 dates for `article:published_time` and `article:modified_time`.
        var publishedTime: String?
        var modifiedTime: String?
    }

    /// What every template gets, for a page with this head.
    func common(_ head: Head) -> CommonPageValues {
        let feeds = [(title: config.title, url: paths.feed)] + head.feeds
        let image = head.image ?? defaultPreviewImage
        let meta = HeadMeta(description: MetaDescription.cut(nonEmpty(head.description) ?? siteDescription),
                            noIndex: head.noIndex, canonicalURL: config.absoluteURL(forPath: head.urlPath),
                            previousURL: head.previousURL, nextURL: head.nextURL, feeds: feeds,
                            siteTitle: config.title, title: head.title ?? config.title, openGraphType: head.kind.rawValue,
                            image: image, faviconURL: faviconURL, themeColor: config.themeColor,
                            publishedTime: head.publishedTime, modifiedTime: head.modifiedTime,
                            generator: Self.generator, jsonLD: head.jsonLD,
                            fediverseCreator: head.kind == .article ? config.author.mastodon : nil, profileURLs: profileURLs)
        let menu = menuPlace(of: head)
        let pageTitle = head.title.map { "\($0) · \(config.title)" } ?? config.title
        return CommonPageValues(
            // `language` is `site.language` again, at the top: the layout's `<html lang>` on every
            // page is then one lookup, not a dotted name split and looked up twice by swift-mustache.
            site: site, language: config.language, pageTitle: pageTitle, basePath: paths.basePath, stylesheetURL: paths.stylesheet,
            // Most pages are none of the menu's (articles, list pages beyond the first, share
            // pages): their menu is the one made once, not a new one per page.
            nav: menu.map { navigation(current: $0.current, section: $0.section) } ?? navigationFromElsewhere,
            feeds: head.feeds.isEmpty ? siteFeedEntries : feeds.map { FeedLink(title: $0.title, url: $0.url) },
            meta: meta, siteHeader: headers[menu?.section.map(Self.sectionKey) ?? menu?.current ?? ""] ?? HTMLFragment(""), siteFooter: footer)
    }

    /// A page of the site: what every template gets, and what its own template adds.
    func page(_ head: Head, _ own: any TemplateView, contributed: [(name: String, values: any TemplateView)] = []) -> PageView {
        PageView(common: common(head), own: own, contributed: contributed)
    }

    static let generator = SiteView.generator

    private func navigation(current: String, section: String? = nil) -> [NavigationLink] {
        let links = [("Articles", paths.home), ("Topics", paths.segments), ("Archive", paths.archive), ("Search", paths.search)]
            .filter { ($0.0 != "Topics" || !config.segments.isEmpty) && ($0.0 != "Search" || config.isSearchOn) }
            + pages.map { ($0.title, $0.urlPath) }
        return links.map { NavigationLink(title: $0.0, url: $0.1, current: $0.1 == current, inSection: $0.1 == section) }
    }

    /// Where a page stands in the menu: one of its pages (`current`), a page under one of them
    /// (`/for/founders/` under Topics' `/for/`: `section`), or neither (nil: articles, share pages).
    private func menuPlace(of head: Head) -> (current: String, section: String?)? {
        guard head.kind != .article else { return nil }
        if headers[head.urlPath] != nil { return (head.urlPath, nil) }
        let section = navigationFromElsewhere.map(\.url).first { url in
            url != paths.home && head.urlPath.count > url.count && head.urlPath.hasPrefix(url) && url.hasSuffix("/")
        }
        return section.map { ("", $0) }
    }

    /// Headers are kept by the page they mark; a section's by its link with a prefix no path has.
    private static func sectionKey(_ url: String) -> String { "section " + url }

    private static func siteView(config: SiteConfig, paths: URLPaths, hasTags: Bool, segments: [SegmentView]) -> SiteView {
        var view = SiteView(title: config.title, baseURL: config.baseURL, language: config.language,
                 description: config.description.flatMap { $0.isEmpty ? nil : $0 }, homeURL: paths.home,
                 segmentsURL: paths.segments, tagsURL: paths.tags, archiveURL: paths.archive, feedURL: paths.feed, hasTags: hasTags,
                 author: AuthorView(name: config.author.name, email: config.author.email, url: config.author.url, bio: config.author.bio),
                 segments: segments, extra: config.extra)
        if config.isSearchOn {
            view.searchURL = paths.search
            view.searchBundleURL = paths.searchBundle
        }
        return view
    }

    func segmentEntry(_ segment: Segment) -> SegmentView {
        segmentEntries[segment.slug] ?? Self.segmentView(segment, paths: paths, counts: segmentCounts)
    }

    /// The entries of these segment slugs that are declared (others are left out).
    func segmentEntries(_ slugs: [String]) -> [SegmentView] {
        slugs.compactMap { segmentEntries[$0] }
    }

    private static func segmentView(_ segment: Segment, paths: URLPaths, counts: [String: Int]) -> SegmentView {
        SegmentView(slug: segment.slug, title: segment.title, description: segment.description.isEmpty ? nil : segment.description,
                    url: paths.segment(segment.slug), feedURL: paths.segmentFeed(segment.slug), articleCount: counts[segment.slug] ?? 0)
    }

    func tagEntry(_ name: String, count: Int? = nil) -> TagView {
        let slug = TagKey.make(name)
        return TagView(name: name, slug: slug, url: paths.tag(slug), count: count)
    }

    /// An article or page as a whole page's `page` value, built on its summary entry when
    /// one was made already.
    func document(_ rendered: RenderedDocument, summary: ArticleSummaryView? = nil) -> DocumentView {
        let document = rendered.document
        let tocHeadings = rendered.headings.filter { $0.level >= 2 && $0.level <= 3 }
        let authors = document.authors.isEmpty ? [config.author.name] : document.authors
        var view = DocumentView(
            summary: summary ?? summaryEntry(rendered), slug: document.slug, kind: document.kind.rawValue, content: rendered.html,
            wordCount: rendered.wordCount, permalink: config.absoluteURL(forPath: document.urlPath),
            toc: tocHeadings.map { TocEntry(level: $0.level, id: $0.id, title: $0.text) },
            updated: document.updated.map { date($0) }, image: document.image, authors: authors, byline: Self.joinedWithAnd(authors),
            hasCode: rendered.hasCode, codeLanguages: rendered.codeLanguages, extra: document.extra)
        view.tocHTML = prepared(.tocItems, view) { Self.tocItems(tocHeadings) }
        view.codeScriptsHTML = prepared(.codeScripts, view) { codeScripts(rendered) }
        view.metaHTML = prepared(.metaLine, view) { metaLine(rendered) }
        view.tagLinksHTML = prepared(.tagLinks, view) {
            document.tags.map { name in
                "<a class=\"tag\" href=\"\(HTMLEscaping.escape(paths.tag(TagKey.make(name))))\">\(HTMLEscaping.escape(name))</a> "
            }.joined()
        }
        return view
    }

    /// One of the default theme's prepared values (`SiteTemplate.prepared`): as goodwill writes
    /// it (`written`, the default partial's output), or from the theme's own partial of that name.
    func prepared(_ partial: SiteTemplate, _ view: some TemplateView, written: () -> String) -> String {
        guard ownPartials.contains(partial) else { return written() }
        let scope = WithSite(value: view, site: site, basePath: paths.basePath)
        return partial.endsItsLine ? theme.render(site: partial, scope) : theme.renderFragment(partial, scope)
    }

    /// An article's date line as the default theme writes it (`meta-line`): the date, the update,
    /// the reading time and a draft mark. Written here, like `toc_html`: in the template it was
    /// three sections and six lookups on every article page, the larger part of the article
    /// template's cost (docs/performance.md).
    private func metaLine(_ rendered: RenderedDocument) -> String {
        let document = rendered.document
        var html = document.date.map { Self.timeElement($0, class: "dt-published") } ?? ""
        if let updated = document.updated { html += " · updated " + Self.timeElement(updated, class: "dt-updated") }
        html += " · \(rendered.readingTime) min read"
        if document.isDraft { html += " · <strong>Draft</strong>" }
        return html
    }

    /// What lists (home, hubs, archives) show of an article.
    func summaryEntry(_ rendered: RenderedDocument) -> ArticleSummaryView {
        let document = rendered.document
        let dateView = document.date.map { date($0) }
        var entry = ArticleSummaryView(
            title: document.title, url: document.urlPath, readingTime: rendered.readingTime,
            segments: segmentEntries(document.segments), tags: document.tags.map { tagEntry($0) },
            summary: nonEmpty(rendered.summary), date: dateView, isDraft: document.isDraft)
        entry.summaryHTML = entry.summary.map { document.summaryHTML ?? HTMLEscaping.escape($0) }
        let timeHTML = document.date.map { Self.timeElement($0) }
        if let dateView, let timeHTML { entry.dateHTML = prepared(.time, dateView) { timeHTML } }
        entry.listMetaHTML = prepared(.listMeta, entry) { listMetaLine(rendered, timeHTML: timeHTML) }
        entry.segmentLinksHTML = prepared(.segmentLinks, entry) {
            entry.segments.map { segment in
                "<a href=\"\(HTMLEscaping.escape(segment.url))\">\(HTMLEscaping.escape(segment.title))</a>"
            }.joined()
        }
        return entry
    }

    /// The script a page with code loads, as the default theme writes it (`code-scripts`): the
    /// Copy buttons (the build has coloured the code); it ends its line.
    private func codeScripts(_ rendered: RenderedDocument) -> String {
        guard rendered.hasCode else { return "" }
        return "<script src=\"\(HTMLEscaping.escape(paths.basePath))js/code.js\" defer></script>\n"
    }

    /// `<time datetime="2024-03-12T00:00:00Z">12 March 2024</time>` (`time`); on the article page
    /// with its microformats class (`dt-published`, `dt-updated` of the page's `h-entry`).
    private static func timeElement(_ date: ContentDate, class name: String? = nil) -> String {
        let attribute = name.map { "class=\"\($0)\" " } ?? ""
        return "<time \(attribute)datetime=\"\(HTMLEscaping.escape(date.rfc3339))\">\(HTMLEscaping.escape(date.display))</time>"
    }

    /// An article's date line as the default theme's lists show it (`list-meta`): the date, the reading time
    /// and a draft mark (the article page adds the update: `meta_html`).
    private func listMetaLine(_ rendered: RenderedDocument, timeHTML: String?) -> String {
        let document = rendered.document
        var html = timeHTML.map { $0 + " · " } ?? ""
        html += "\(rendered.readingTime) min read"
        if document.isDraft { html += " · <strong>Draft</strong>" }
        return html
    }

    /// The contents as `<li>` items (`toc-items`), written here rather than by a template loop: like Hugo's
    /// `.TableOfContents`, and a dozen headings are three dozen Mustache lookups less per page.
    static func tocItems(_ headings: [Heading]) -> String {
        guard !headings.isEmpty else { return "" }
        var html = UTF8Buffer(capacity: headings.reduce(0) { $0 + 64 + 2 * ($1.id.utf8.count + $1.text.utf8.count) })
        for heading in headings {
            html.append("<li class=\"toc-level-"); html.append(heading.level); html.append("\"><a href=\"#")
            html.append(heading.id, escaping: .html); html.append("\">"); html.append(heading.text, escaping: .html); html.append("</a></li>")
        }
        return html.text()
    }

    func date(_ date: ContentDate) -> DateView {
        DateView(date: date)
    }

    func previewImage(for document: Document) -> PreviewImage? {
        config.previewImage(for: document)
    }

    /// goodwill.yml's `description`, else one said from what the site is: every page has one,
    /// the home page and its pager pages included.
    var siteDescription: String {
        if let description = config.description.flatMap(nonEmpty) { return description }
        let audiences = config.segments.map(\.title)
        let forWhom = audiences.isEmpty ? "" : " for " + Self.joinedWithAnd(audiences)
        return "Articles by \(config.author.name)\(forWhom)."
    }

    /// "a", "a and b", "a, b and c".
    static func joinedWithAnd(_ items: [String]) -> String {
        items.count <= 2 ? items.joined(separator: " and ") : items.dropLast().joined(separator: ", ") + " and " + items.last!
    }

    private func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }

    /// The user's own values (`extra:` of goodwill.yml, unknown front matter keys) as plain
    /// Mustache values. The one `[String: Any]` left: its keys are the user's, not goodwill's, and
    /// as a dictionary a table keeps swift-mustache's dictionary transforms (`{{#sorted(extra.links)}}`).
    static func plain(_ node: FrontMatterNode) -> Any {
        switch node.value {
        case .string(let text), .date(let text): return text
        case .integer(let number): return number
        case .number(let number): return number
        case .bool(let flag): return flag
        case .list(let items): return items.map(plain)
        case .table(let entries):
            var table: [String: Any] = [:]
            for (key, value) in entries { table[key] = plain(value) }
            return table
        case .null: return false
        }
    }
}
