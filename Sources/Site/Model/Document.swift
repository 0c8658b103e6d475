import Core

/// A line and column in a source file (1-based).
public struct SourcePoint: Sendable, Equatable {
    public var line: Int
    public var column: Int
}

/// An article or a standalone page: one Markdown file of `content/`, its front matter
/// read and checked. A plain value; rendering reads it and never re-reads the file.
public struct Document: Sendable {
    public enum Kind: String, Sendable, Equatable { case article, page }

    /// The fields, kept in a `CopyOnWrite` box: a document is held by the site, its lists, its
    /// indexes and its neighbours, and copying two dozen strings and arrays at each step showed
    /// in profiles of large builds (docs/performance.md).
    struct Fields: Sendable, Equatable {
        var kind: Kind
        var slug: String
        var title: String
        var date: ContentDate?
        var updated: ContentDate?
        var isDraft: Bool
        var segments: [String]
        var tags: [String]
        var tagPositions: [SourcePoint]
        var summary: String?
        var summaryHTML: String? = nil
        var aliases: [String]
        var aliasPositions: [SourcePoint]
        var image: String?
        var imagePosition: SourcePoint?
        var imageAlt: String? = nil
        var imageSize: ImageDimensions? = nil
        var authors: [String] = []
        var extra: FrontMatterNode?
        var sourcePath: String
        var contentPath: String
        var assets: [String]
        var body: [UInt8]
        var bodyLine: Int
        var urlPath: String
    }

    private var box: CopyOnWrite<Fields>

    private var fields: Fields {
        _read { yield box.value }
        _modify { yield &box.value }
    }

    init(kind: Kind, slug: String, title: String, date: ContentDate?, updated: ContentDate?, isDraft: Bool, segments: [String],
         tags: [String], tagPositions: [SourcePoint], summary: String?, aliases: [String], aliasPositions: [SourcePoint],
         image: String?, imagePosition: SourcePoint?, imageAlt: String? = nil, imageSize: ImageDimensions? = nil,
         authors: [String] = [], extra: FrontMatterNode?, sourcePath: String, contentPath: String, assets: [String],
         body: [UInt8], bodyLine: Int, urlPath: String) {
        box = CopyOnWrite(Fields(kind: kind, slug: slug, title: title, date: date, updated: updated, isDraft: isDraft,
            segments: segments, tags: tags, tagPositions: tagPositions, summary: summary,
            aliases: aliases, aliasPositions: aliasPositions, image: image,
            imagePosition: imagePosition, imageAlt: imageAlt, imageSize: imageSize, authors: authors,
            extra: extra, sourcePath: sourcePath, contentPath: contentPath, assets: assets, body: body,
            bodyLine: bodyLine, urlPath: urlPath))
    }

    public var kind: Kind {
        get { fields.kind }
        set { fields.kind = newValue }
    }

    public var slug: String {
        get { fields.slug }
        set { fields.slug = newValue }
    }

    public var title: String {
        get { fields.title }
        set { fields.title = newValue }
    }

    /// Required for articles.
    public var date: ContentDate? {
        get { fields.date }
        set { fields.date = newValue }
    }

    public var updated: ContentDate? {
        get { fields.updated }
        set { fields.updated = newValue }
    }

    public var isDraft: Bool {
        get { fields.isDraft }
        set { fields.isDraft = newValue }
    }

    /// Segment slugs, each declared in the config.
    public var segments: [String] {
        get { fields.segments }
        set { fields.segments = newValue }
    }

    public var tags: [String] {
        get { fields.tags }
        set { fields.tags = newValue }
    }

    /// Where each tag is written, for errors about it.
    public var tagPositions: [SourcePoint] {
        get { fields.tagPositions }
        set { fields.tagPositions = newValue }
    }

    /// The front matter `summary`; the rendered one falls back to the body.
    public var summary: String? {
        get { fields.summary }
        set { fields.summary = newValue }
    }

    /// The front matter summary's Markdown as inline HTML (`*emphasis*`, `` `code` ``) for
    /// pages; nil when it has none. `summary` is its plain text, for descriptions and snippets.
    public var summaryHTML: String? {
        get { fields.summaryHTML }
        set { fields.summaryHTML = newValue }
    }

    public var aliases: [String] {
        get { fields.aliases }
        set { fields.aliases = newValue }
    }

    public var aliasPositions: [SourcePoint] {
        get { fields.aliasPositions }
        set { fields.aliasPositions = newValue }
    }

    public var image: String? {
        get { fields.image }
        set { fields.image = newValue }
    }

    /// Where `image` is written, for errors about it.
    public var imagePosition: SourcePoint? {
        get { fields.imagePosition }
        set { fields.imagePosition = newValue }
    }

    /// Describes `image` for readers of link previews who cannot see it (`image_alt`).
    public var imageAlt: String? {
        get { fields.imageAlt }
        set { fields.imageAlt = newValue }
    }

    /// The size of a local `image`, read by the loader (nil for remote images).
    public var imageSize: ImageDimensions? {
        get { fields.imageSize }
        set { fields.imageSize = newValue }
    }

    /// Front matter `authors`, for the byline; empty means the site's author.
    public var authors: [String] {
        get { fields.authors }
        set { fields.authors = newValue }
    }

    /// Front matter keys Goodwill does not know, for templates (`page.extra.*`).
    public var extra: FrontMatterNode? {
        get { fields.extra }
        set { fields.extra = newValue }
    }

    /// Relative to the site root, as errors name it: `content/articles/give-first.md`.
    public var sourcePath: String {
        get { fields.sourcePath }
        set { fields.sourcePath = newValue }
    }

    /// Relative to `content/`: the key internal links resolve against.
    public var contentPath: String {
        get { fields.contentPath }
        set { fields.contentPath = newValue }
    }

    /// Files beside a page bundle's `index.md`, relative to the bundle folder.
    public var assets: [String] {
        get { fields.assets }
        set { fields.assets = newValue }
    }

    /// The Markdown after the front matter.
    public var body: [UInt8] {
        get { fields.body }
        set { fields.body = newValue }
    }

    /// File line where `body` starts, to turn libcmark's lines into file lines.
    public var bodyLine: Int {
        get { fields.bodyLine }
        set { fields.bodyLine = newValue }
    }

    /// Site-relative URL path, `/articles/give-first/` (with the base URL's path).
    public var urlPath: String {
        get { fields.urlPath }
        set { fields.urlPath = newValue }
    }

    /// The folder a bundle's assets are copied from, relative to the site root.
    public var bundleFolder: String? {
        guard !assets.isEmpty || sourcePath.hasSuffix("/index.md") else { return nil }
        return String(sourcePath.dropLast("/index.md".count))
    }

    /// Whether it is published at `today`: not a draft, and its date has come (a day by the
    /// user's calendar, a time by the instant: `Today.hasCome`), unless the build includes
    /// drafts or future articles. The one rule of "published": builds, `log`, `share`, `check`
    /// and the insight commands all ask it.
    public func isPublished(at today: Today, includeDrafts: Bool = false, includeFuture: Bool = false) -> Bool {
        if isDraft && !includeDrafts { return false }
        if let date, !includeFuture, !today.hasCome(date) { return false }
        return true
    }

    /// Everything read from the file but the body is the same: a body-only edit. Every field is
    /// compared, so a field added to the front matter is never forgotten here.
    func hasSameFrontMatter(as other: Document) -> Bool {
        var mine = fields, theirs = other.fields
        mine.body = []
        theirs.body = []
        return mine == theirs
    }
}
