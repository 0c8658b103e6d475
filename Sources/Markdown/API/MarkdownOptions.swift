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
    /// its headings shifted one level down (never below `<h6>`), and the contents follow.
    public var shallowestHeadingLevel: Int

    public init(allowsRawHTML: Bool = false, smartPunctuation: Bool = true, wordsPerMinute: Int = 220,
                shallowestHeadingLevel: Int = 1) {
        self.allowsRawHTML = allowsRawHTML
        self.smartPunctuation = smartPunctuation
        self.wordsPerMinute = wordsPerMinute
        self.shallowestHeadingLevel = shallowestHeadingLevel
    }
}
