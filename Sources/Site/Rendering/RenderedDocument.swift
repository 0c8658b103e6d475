import Markdown

/// A document with its HTML and what its Markdown tree told us.
public struct RenderedDocument: Sendable {
    public var document: Document
    public var html: String
    public var headings: [Heading]
    public var wordCount: Int
    public var readingTime: Int
    /// Front matter `summary`, else text before `<!-- more -->`, else the first paragraph.
    public var summary: String
}
