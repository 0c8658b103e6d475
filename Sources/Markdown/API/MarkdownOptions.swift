/// How Markdown is turned into HTML.
public struct MarkdownOptions: Sendable, Equatable {
    /// Emit raw HTML and every link scheme as written. Off by default: content
    /// copied from elsewhere must not be able to inject scripts into the site.
    public var allowsRawHTML: Bool
    /// Curly quotes, en and em dashes, ellipses.
    public var smartPunctuation: Bool
    /// Words read per minute, for the reading time.
    public var wordsPerMinute: Int

    public init(allowsRawHTML: Bool = false, smartPunctuation: Bool = true, wordsPerMinute: Int = 220) {
        self.allowsRawHTML = allowsRawHTML
        self.smartPunctuation = smartPunctuation
        self.wordsPerMinute = wordsPerMinute
    }
}
