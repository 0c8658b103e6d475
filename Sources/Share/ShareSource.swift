/// What a snippet is made from: an article's title, summary, tags and link, and any text the
/// author wrote per platform under `share:` in front matter.
public struct ShareSource: Sendable {
    public struct CustomText: Sendable {
        public var text: String
        /// Where it is written, for errors.
        public var line: Int
        public var column: Int

        public init(text: String, line: Int, column: Int) {
            self.text = text
            self.line = line
            self.column = column
        }
    }

    public var slug: String
    public var title: String
    public var summary: String { didSet { summaryCuts = SummaryCuts(summary) } }
    /// Where the summary can be cut, found once for the six snippets; nil when not plain, and
    /// then every platform shortens it through `TextShortener` (tests compare the two ways).
    var summaryCuts: SummaryCuts?
    public var tags: [String] { didSet { hashtagLines = Hashtags.lines(for: tags) } }
    /// The first `k` hashtags joined by spaces at `hashtagLines[k]`, up to the most a snippet
    /// takes (`SnippetWriter.hashtagLimit`): made once, where each platform joined them again.
    private(set) var hashtagLines: [String]
    /// How many hashtags the tags give, up to the most a snippet takes.
    var hashtagCount: Int { hashtagLines.count - 1 }
    public var link: TrackingLink
    public var custom: [Platform: CustomText]
    /// The article's file, for errors.
    public var file: String

    public init(slug: String, title: String, summary: String, tags: [String], url: String,
                custom: [Platform: CustomText] = [:], file: String) {
        self.init(slug: slug, title: title, summary: summary, tags: tags, url: url, custom: custom, file: file, hashtags: nil)
    }

    /// `hashtags`: the build session's cache of each tag's hashtag.
    init(slug: String, title: String, summary: String, tags: [String], url: String,
         custom: [Platform: CustomText] = [:], file: String, hashtags: HashtagCache?) {
        self.slug = slug
        self.title = title
        self.summary = summary
        self.summaryCuts = SummaryCuts(summary)
        self.tags = tags
        self.hashtagLines = Hashtags.lines(for: tags, cache: hashtags)
        self.link = TrackingLink(url: url, slug: slug)
        self.custom = custom
        self.file = file
    }
}

/// A custom share text that does not fit its platform.
public struct ShareTextTooLong: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var platform: Platform
    public var limit: Int
    public var length: Int

    public var description: String {
        "\(file):\(line):\(column): error: share text for \(platform.displayName) is \(length) characters as \(platform.displayName) counts them, over its limit of \(limit) — shorten it (the link counts too)"
    }
}
