import Core
import Markdown

/// A document with its HTML and what its Markdown tree told us.
public struct RenderedDocument: Sendable {
    /// The fields, kept in a `CopyOnWrite` box: every list page, feed, index and neighbour holds
    /// the articles it shows, and copying a document with its HTML, headings and links at each
    /// step showed in profiles of large builds (docs/performance.md).
    struct Fields: Sendable {
        var document: Document
        var html: String
        var headings: [Heading]
        var wordCount: Int
        var readingTime: Int
        var summary: String
        var links: [CheckedLink] = []
        var codeLanguages: [String] = []
        var hasCode: Bool = false
        var warnings: [Diagnostic] = []
    }

    private var box: CopyOnWrite<Fields>

    private var fields: Fields {
        _read { yield box.value }
        _modify { yield &box.value }
    }

    init(document: Document, html: String, headings: [Heading], wordCount: Int, readingTime: Int, summary: String,
         links: [CheckedLink] = [], codeLanguages: [String] = [], hasCode: Bool = false, warnings: [Diagnostic] = []) {
        box = CopyOnWrite(Fields(document: document, html: html, headings: headings, wordCount: wordCount,
            readingTime: readingTime, summary: summary, links: links, codeLanguages: codeLanguages,
            hasCode: hasCode, warnings: warnings))
    }

    public var document: Document {
        get { fields.document }
        set { fields.document = newValue }
    }

    public var html: String {
        get { fields.html }
        set { fields.html = newValue }
    }

    public var headings: [Heading] {
        get { fields.headings }
        set { fields.headings = newValue }
    }

    public var wordCount: Int {
        get { fields.wordCount }
        set { fields.wordCount = newValue }
    }

    public var readingTime: Int {
        get { fields.readingTime }
        set { fields.readingTime = newValue }
    }

    /// Front matter `summary`, else text before `<!-- more -->`, else the first paragraph.
    public var summary: String {
        get { fields.summary }
        set { fields.summary = newValue }
    }

    /// Every link and image, at its file position, with the content file it points to.
    public var links: [CheckedLink] {
        get { fields.links }
        set { fields.links = newValue }
    }

    /// Languages of its fenced code blocks, for themes that highlight them.
    public var codeLanguages: [String] {
        get { fields.codeLanguages }
        set { fields.codeLanguages = newValue }
    }

    /// Whether it has code blocks (the theme adds Copy buttons).
    public var hasCode: Bool {
        get { fields.hasCode }
        set { fields.hasCode = newValue }
    }

    /// What the author should know but need not fix (raw HTML left out).
    public var warnings: [Diagnostic] {
        get { fields.warnings }
        set { fields.warnings = newValue }
    }

}

/// A link of a document as `goodwill check` sees it.
public struct CheckedLink: Sendable {
    public var link: MarkdownLink
    /// The content path (`articles/x.md`) of the document it points to: itself for `#anchor`.
    public var target: String?
    /// The part after `#`, if any.
    public var fragment: String?
}
