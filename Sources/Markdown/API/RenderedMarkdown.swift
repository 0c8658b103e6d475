/// The HTML of a document and what was learnt from its tree while rendering it.
public struct RenderedMarkdown: Sendable, Equatable {
    public var html: String
    public var headings: [Heading]
    public var wordCount: Int
    /// Minutes, at least 1.
    public var readingTime: Int
    /// Plain text before a `<!-- more -->` marker, when the document has one.
    public var textBeforeMoreMarker: String?
    /// Plain text of the first paragraph, when there is one.
    public var firstParagraphText: String?
    /// Pieces of raw HTML (elements, attributes, declarations) the allow-list left out of `html`
    /// because raw HTML is off (`HTMLAllowList`); 0 when raw HTML is on.
    public var omittedRawHTML = 0
    /// Where the first raw HTML that lost a piece is in the source.
    public var firstOmittedRawHTML: SourceLocation?
    /// Languages named by fenced code blocks, sorted (a theme loads its highlighter for them).
    public var codeLanguages: [String] = []
    /// Code blocks of any kind.
    public var codeBlockCount = 0

    /// The summary rule (`SummaryRule`): the text before `<!-- more -->`, else the first
    /// paragraph that is not a greeting or a label, capped at 60 words.
    public var automaticSummary: String? { (textBeforeMoreMarker ?? firstParagraphText).map(SummaryRule.capped) }

    public init(
        html: String, headings: [Heading], wordCount: Int, readingTime: Int,
        textBeforeMoreMarker: String?, firstParagraphText: String?
    ) {
        self.html = html
        self.headings = headings
        self.wordCount = wordCount
        self.readingTime = readingTime
        self.textBeforeMoreMarker = textBeforeMoreMarker
        self.firstParagraphText = firstParagraphText
    }
}

/// A 1-based line and column in a Markdown source.
public struct SourceLocation: Sendable, Equatable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}
