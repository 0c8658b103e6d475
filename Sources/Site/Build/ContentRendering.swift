import Core
import Foundation
import Markdown

/// The published documents of a site's content, with their Markdown rendered: the step the
/// build and `goodwill check` share. Rendering errors are returned, not thrown, so `check`
/// can go on to report everything else.
struct ContentRendering {
    /// Newest first, as the content was.
    var articles: [RenderedDocument] = []
    var pages: [RenderedDocument] = []
    var errors: [Diagnostic] = []
    var warnings: [Diagnostic] = []
    var codeColours = CodeColourCount()
    /// Kept for rendering single articles again (the preview).
    let renderer: DocumentRenderer

    /// Where build-time code colours are kept between builds, inside the site folder.
    static func codeColourCache(in source: URL) -> URL {
        source.appendingPathComponent(".goodwill-cache/code-colours")
    }

    /// `colourCode` false for `goodwill check`, which reads links and ids, not colours.
    init(_ content: SiteContent, config: SiteConfig, options: BuildOptions, colourCode: Bool = true) {
        let isPublished = { (document: Document) in
            document.isPublished(at: options.today, includeDrafts: options.includeDrafts, includeFuture: options.includeFuture)
        }
        let published = content.articles.filter(isPublished) + content.pages.filter(isPublished)
        let links = InternalLinks(
            published: Dictionary(uniqueKeysWithValues: published.map { ($0.contentPath, $0.urlPath) }),
            unpublished: Set((content.articles + content.pages).filter { !isPublished($0) }.map(\.contentPath)))
        let colourer = colourCode && config.markdown.highlight
            ? PygmentsColourer(cacheFile: Self.codeColourCache(in: options.source), threads: options.threads) : nil
        renderer = DocumentRenderer(
            markdown: MarkdownRenderer(options: config.markdownOptions, codeColouring: colourer),
            links: links, images: LocalImages(siteRoot: options.source.path, theme: config.theme))
        defer {
            colourer?.save()
            codeColours = colourer?.colourCount ?? CodeColourCount()
            if let warning = colourer?.warning { warnings.append(warning) }
        }
        for result in Parallel.map(published, threads: options.threads, renderer.render) {
            if case .success(let document) = result { warnings += document.warnings }
            switch result {
            case .success(let document) where document.document.kind == .article: articles.append(document)
            case .success(let document): pages.append(document)
            case .failure(let failure): errors += failure.items
            }
        }
        // Both spellings of a heading's id work; a link with another generator's is said once here.
        warnings += HeadingAnchors(articles + pages).otherSpellingWarnings(articles + pages)
    }
}
