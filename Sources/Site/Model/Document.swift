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

    public var kind: Kind
    public var slug: String
    public var title: String
    /// Required for articles.
    public var date: ContentDate?
    public var updated: ContentDate?
    public var isDraft: Bool
    /// Segment slugs, each declared in the config.
    public var segments: [String]
    public var tags: [String]
    /// Where each tag is written, for errors about it.
    public var tagPositions: [SourcePoint]
    /// The front matter `summary`; the rendered one falls back to the body.
    public var summary: String?
    public var aliases: [String]
    public var aliasPositions: [SourcePoint]
    public var image: String?
    /// Where `image` is written, for errors about it.
    public var imagePosition: SourcePoint?
    /// Describes `image` for readers of link previews who cannot see it (`image_alt`).
    public var imageAlt: String? = nil
    /// The size of a local `image`, read by the loader (nil for remote images).
    public var imageSize: ImageDimensions? = nil
    /// Front matter `authors`, for the byline; empty means the site's author.
    public var authors: [String] = []
    /// Front matter keys Goodwill does not know, for templates (`page.extra.*`).
    public var extra: FrontMatterNode?

    /// Relative to the site root, as errors name it: `content/articles/give-first.md`.
    public var sourcePath: String
    /// Relative to `content/`: the key internal links resolve against.
    public var contentPath: String
    /// Files beside a page bundle's `index.md`, relative to the bundle folder.
    public var assets: [String]
    /// The Markdown after the front matter.
    public var body: [UInt8]
    /// File line where `body` starts, to turn libcmark's lines into file lines.
    public var bodyLine: Int
    /// Site-relative URL path, `/articles/give-first/` (with the base URL's path).
    public var urlPath: String

    /// The folder a bundle's assets are copied from, relative to the site root.
    public var bundleFolder: String? {
        guard !assets.isEmpty || sourcePath.hasSuffix("/index.md") else { return nil }
        return String(sourcePath.dropLast("/index.md".count))
    }

    /// Whether this build publishes it.
    public func isPublished(includeDrafts: Bool, includeFuture: Bool, now: Int64) -> Bool {
        if isDraft && !includeDrafts { return false }
        if let date, date.secondsSinceEpoch > now, !includeFuture { return false }
        return true
    }
}
