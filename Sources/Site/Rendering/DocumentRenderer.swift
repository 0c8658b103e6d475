import Markdown

/// Renders documents' Markdown, rewriting internal links and reporting broken ones
/// at their file position.
struct DocumentRenderer: Sendable {
    let markdown: MarkdownRenderer
    let links: InternalLinks

    func render(_ document: Document) -> Result<RenderedDocument, BuildFailure> {
        var errors: [SiteError] = []
        let rendered = document.body.withUnsafeBytes { body in
            markdown.render(body) { link in
                switch links.resolve(link.destination, from: document) {
                case .notInternal: return .keep
                case .url(let url): return .replace(with: url)
                case .missing(let target):
                    errors.append(brokenLink(link, in: document, message: "links to \(target), which does not exist",
                                             hint: "fix the path (it is relative to this file) or remove the link"))
                case .notPublished(let target):
                    errors.append(brokenLink(link, in: document, message: "links to \(target), which this build does not publish",
                                             hint: "publish it (draft: false, a past date) or build with --drafts / --future"))
                }
                return .keep
            }
        }
        guard errors.isEmpty else { return .failure(BuildFailure(errors)) }
        return .success(RenderedDocument(
            document: document, html: rendered.html, headings: rendered.headings,
            wordCount: rendered.wordCount, readingTime: rendered.readingTime,
            summary: document.summary ?? rendered.automaticSummary ?? ""))
    }

    private func brokenLink(_ link: MarkdownLink, in document: Document, message: String, hint: String) -> SiteError {
        SiteError(file: document.sourcePath, line: link.line + document.bodyLine - 1, column: link.column,
                  message: "broken link: \(message)", hint: hint)
    }
}
