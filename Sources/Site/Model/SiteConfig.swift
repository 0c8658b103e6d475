import Core
import Markdown

/// What `goodwill.yml` says about the site.
public struct SiteConfig: Sendable, Equatable {
    public struct Author: Sendable, Equatable {
        public var name: String
        public var email: String?
        public var url: String?
        public var bio: String?
        /// `@user@host`, written as that, `user@host` or `https://host/@user` (`FediverseHandle`).
        public var mastodon: String? = nil
        /// The author's pages elsewhere, each a `rel="me"` link in every page's head (with the
        /// Mastodon profile), so Mastodon and IndieAuth can verify the site as the author's.
        public var profiles: [String] = []

        /// Every profile URL, the Mastodon one first, none twice.
        public var profileURLs: [String] {
            var seen = Set<String>()
            return ([mastodon.flatMap(FediverseHandle.profileURL)].compactMap { $0 } + profiles).filter { seen.insert($0).inserted }
        }
    }

    public var title: String
    /// Always ends with `/`.
    public var baseURL: String
    public var language: String
    public var description: String?
    public var author: Author
    /// In the order declared: hubs and menus follow the author's order, not the alphabet's.
    public var segments: [Segment]
    public var markdown: MarkdownSettings
    public var theme: String
    /// Articles per list page (home, segment hubs, tags).
    public var paginate: Int
    public var feed: FeedSettings
    public var related = RelatedSettings()
    /// `search:` as written; the build resolves `.automatic` to `.on` or `.off` (`isSearchOn`).
    public var search: SearchSetting = .automatic
    /// Whether pages get the search page, its menu link and Pagefind's markup: set once the
    /// build knows whether Pagefind is there.
    public var isSearchOn: Bool { search == .on }
    /// The preview image of pages without their own (`image:`), its description and size.
    public var image: String? = nil
    public var imageAlt: String? = nil
    public var imageSize: ImageDimensions? = nil
    /// `favicon:` (a path under static/ or a URL) and `theme_color:` (a CSS colour).
    public var favicon: String? = nil
    public var themeColor: String? = nil
    /// `extra:`, the user's own values for templates (`site.extra.*`).
    public var extra: FrontMatterNode?
    /// The whole of goodwill.yml as read, for the sections other modules own and parse
    /// themselves (`share:`, each segment's `match:`).
    public var document: FrontMatterNode

    public struct MarkdownSettings: Sendable, Equatable {
        public var unsafeHTML = false
        /// Fenced code that names a language is coloured at build time (`PygmentsColourer`).
        public var highlight = true
    }

    public struct FeedSettings: Sendable, Equatable {
        /// Whole articles in feeds (the default: a reader's entry is the article, not its first
        /// line), or only their summaries.
        public var fullContent = true
        /// Newest entries per feed.
        public var limit = 20
    }

    /// `related: {limit: 3, include_newer: false}`: what ends each article (`RelatedArticles`).
    public struct RelatedSettings: Sendable, Equatable {
        /// How many; 0 shows none.
        public var limit = 3
        /// Whether newer articles may be suggested: off, as in Hugo, so a page does not change
        /// each time an article is published.
        public var includeNewer = false
    }

    /// How every page's Markdown is rendered. Templates write the title as the page's one
    /// `<h1>`, so content headings start at `<h2>`; each carries a `#` link to itself.
    public var markdownOptions: MarkdownOptions {
        MarkdownOptions(allowsRawHTML: markdown.unsafeHTML, shallowestHeadingLevel: 2, headingAnchors: true)
    }

    /// The host of the base URL, for tag URIs in feeds.
    public var host: String {
        guard let schemeEnd = baseURL.range(of: "://") else { return baseURL }
        return String(baseURL[schemeEnd.upperBound...].prefix { $0 != "/" && $0 != ":" })
    }

    public func segment(_ slug: String) -> Segment? {
        segments.first { $0.slug == slug }
    }

    /// The path part of the base URL (`/` or `/blog/`), which every internal URL starts with.
    public var basePath: String {
        guard let end = originEnd, end != baseURL.utf8.endIndex else { return "/" }
        return String(baseURL.utf8[end...])!
    }

    /// The absolute URL of a document's front matter `image`, which may be relative to the page
    /// (bundles) or to the site; nil when it has none.
    public func imageURL(for document: Document) -> String? {
        guard let image = document.image, !image.isEmpty else { return nil }
        if image.hasPrefix("http://") || image.hasPrefix("https://") { return image }
        if image.hasPrefix("/") { return absoluteURL(forPath: basePath + image.dropFirst()) }
        return absoluteURL(forPath: document.urlPath + image)
    }

    /// The site's default preview image, absolute; nil when goodwill.yml names none.
    public var defaultImageURL: String? {
        guard let image, !image.isEmpty else { return nil }
        if image.hasPrefix("http://") || image.hasPrefix("https://") { return image }
        return absoluteURL(forPath: basePath + image.drop { $0 == "/" })
    }

    /// The preview of a page: its own image, else the site's; alt text falls back to the title.
    public func previewImage(for document: Document?) -> PreviewImage? {
        if let document, let url = imageURL(for: document) {
            return PreviewImage(url: url, alt: document.imageAlt ?? document.title, size: document.imageSize)
        }
        guard let url = defaultImageURL else { return nil }
        return PreviewImage(url: url, alt: imageAlt ?? title, size: imageSize)
    }

    /// `https://example.com/blog/` + `/blog/articles/x/` → `https://example.com/blog/articles/x/`.
    /// On UTF-8 indices: every page asks for a few of these, and Foundation's `range(of:)` showed.
    public func absoluteURL(forPath path: String) -> String {
        guard let end = originEnd else { return String(baseURL.dropLast()) + path }
        return String(baseURL.utf8[..<end])! + path
    }

    /// Where `scheme://host[:port]` ends: at the first `/` after the first `://`. One pass over
    /// the bytes (the generic `firstRange(of:)` showed in profiles: every page asks several times).
    private var originEnd: String.Index? {
        let utf8 = baseURL.utf8
        var index = utf8.startIndex
        var matched = 0  // how much of "://" the bytes just read spell
        while index != utf8.endIndex {
            let byte = utf8[index]
            if matched == 3 {
                if byte == UInt8(ascii: "/") { return index }
            } else if byte == UInt8(ascii: ":") {
                matched = 1
            } else if byte == UInt8(ascii: "/"), matched > 0 {
                matched += 1
            } else {
                matched = 0
            }
            index = utf8.index(after: index)
        }
        return matched == 3 ? utf8.endIndex : nil
    }
}
