/// How Markdown is turned into HTML.
public struct MarkdownOptions: Sendable, Equatable {
    /// Emit raw HTML and every link scheme as written. Off by default: content
    /// copied from elsewhere must not be able to inject scripts into the site.
    public var allowsRawHTML: Bool
    /// Curly quotes, en and em dashes, ellipses.
    public var smartPunctuation: Bool
    /// Words read per minute, for the reading time.
    public var wordsPerMinute: Int
    /// The level the document's shallowest heading is written at. A page whose template writes
    /// the title as `<h1>` passes 2: an article that uses `#` headings then keeps one `<h1>`,
    /// one that starts at `###` gets `<h2>`, and no level is skipped (HeadingOutline); the
    /// contents follow. Nil writes each heading at the level its Markdown says.
    public var shallowestHeadingLevel: Int?
    /// A `#` link to itself at the end of each heading (HeadingAnchor).
    public var headingAnchors: Bool

    public init(allowsRawHTML: Bool = false, smartPunctuation: Bool = true, wordsPerMinute: Int = 220,
                shallowestHeadingLevel: Int? = nil, headingAnchors: Bool = false) {
        self.allowsRawHTML = allowsRawHTML
        self.smartPunctuation = smartPunctuation
        self.wordsPerMinute = wordsPerMinute
        self.shallowestHeadingLevel = shallowestHeadingLevel
        self.headingAnchors = headingAnchors
    }
}
