import Core
import Markdown

/// Renders documents' Markdown, rewriting internal links and reporting broken ones
/// at their file position.
struct DocumentRenderer: Sendable {
    let markdown: MarkdownRenderer
    let links: InternalLinks
    let images: LocalImages

    func render(_ document: Document) -> Result<RenderedDocument, Diagnostics> {
        var errors: [Diagnostic] = []
        var checked: [CheckedLink] = []
        var firstPicture: (url: String, alt: String, size: ImageDimensions)?
        let rendered = document.body.withUnsafeBytes { body in
            markdown.render(body) { link in
                var located = link
                located.line = link.line + document.bodyLine - 1
                let destination = link.destination
                let fragment = destination.utf8.firstIndex(of: UInt8(ascii: "#")).map { String(destination[destination.utf8.index(after: $0)...]) }
                let resolution = links.resolve(link.destination, from: document)
                switch resolution {
                case .url(_, let target): checked.append(CheckedLink(link: located, target: target, fragment: fragment))
                case .notInternal:
                    checked.append(CheckedLink(link: located, target: link.destination.hasPrefix("#") ? document.contentPath : nil, fragment: fragment))
                default: break
                }
                switch resolution {
                case .notInternal:
                    if link.kind == .image, let size = images.dimensions(of: link.destination, from: document) {
                        if firstPicture == nil, PreviewFallback.suits(size) { firstPicture = (link.destination, link.text, size) }
                        return .image(url: link.destination, width: size.width, height: size.height)
                    }
                    return .keep
                case .url(let url, _): return .replace(with: url)
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
        guard errors.isEmpty else { return .failure(Diagnostics(errors)) }
        // The Markdown is not needed once rendered: dropping it keeps a large build's memory to
        // one copy of each page's text (docs/performance.md).
        var renderedDocument = document
        renderedDocument.body = []
        if document.image == nil,
           let picture = firstPicture ?? PreviewFallback.bundlePicture(of: document, images: images) {
            // `./x.png` is `x.png` beside the page, as `image:` would name it.
            renderedDocument.image = picture.url.hasPrefix("./") ? String(picture.url.dropFirst(2)) : picture.url
            renderedDocument.imageSize = picture.size
            renderedDocument.imageAlt = picture.alt.isEmpty ? nil : picture.alt
        }
        return .success(RenderedDocument(
            document: renderedDocument, html: rendered.html, headings: rendered.headings,
            wordCount: rendered.wordCount, readingTime: rendered.readingTime,
            summary: document.summary ?? rendered.automaticSummary ?? "", links: checked,
            codeLanguages: rendered.codeLanguages, hasCode: rendered.codeBlockCount > 0,
            warnings: rawHTMLWarning(rendered, in: document).map { [$0] } ?? []))
    }

    /// Once per file: the allow-list drops what it does not know without a trace in the page,
    /// and an author who pasted HTML should learn it from the build, not a reader.
    private func rawHTMLWarning(_ rendered: RenderedMarkdown, in document: Document) -> Diagnostic? {
        guard rendered.omittedRawHTML > 0 else { return nil }
        let count = rendered.omittedRawHTML
        return Diagnostic(file: document.sourcePath, line: rendered.firstOmittedRawHTML.map { $0.line + document.bodyLine - 1 },
                          column: rendered.firstOmittedRawHTML?.column,
                          message: "\(count) piece\(count == 1 ? "" : "s") of raw HTML left out of the page (the first is here)",
                          hint: "scripts, styles, frames, event handlers and elements off the allow-list are dropped (docs/writing.md lists what stays); write it in Markdown, or set markdown: {unsafe_html: true} in goodwill.yml if you trust every article's HTML",
                          severity: .warning)
    }

    private func brokenLink(_ link: MarkdownLink, in document: Document, message: String, hint: String) -> Diagnostic {
        Diagnostic(file: document.sourcePath, line: link.line + document.bodyLine - 1, column: link.column,
                  message: "broken link: \(message)", hint: hint)
    }
}
