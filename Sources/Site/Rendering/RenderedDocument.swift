import Core
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
    /// Every link and image, at its file position, with the content file it points to.
    public var links: [CheckedLink] = []
    /// Languages of its fenced code blocks, for themes that highlight them.
    public var codeLanguages: [String] = []
    /// Whether it has code blocks (the theme adds Copy buttons).
    public var hasCode = false
    /// What the author should know but need not fix (raw HTML left out).
    public var warnings: [Diagnostic] = []
}

/// A link of a document as `goodwill check` sees it.
public struct CheckedLink: Sendable {
    public var link: MarkdownLink
    /// The content path (`articles/x.md`) of the document it points to: itself for `#anchor`.
    public var target: String?
    /// The part after `#`, if any.
    public var fragment: String?
}
