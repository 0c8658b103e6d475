import Foundation
import Markdown

/// One published article, read and rendered on its own, for commands that need its summary
/// or text without building the whole site (`goodwill share`).
public enum PublishedArticle {
    public static func find(_ slug: String, in root: URL, config: SiteConfig,
                            now: Int64 = Int64(Date().timeIntervalSince1970)) throws -> RenderedDocument {
        let content = try ContentLoader(root: root, config: config).load()
        let published = content.articles.filter { $0.isPublished(includeDrafts: false, includeFuture: false, now: now) }
        guard let document = published.first(where: { $0.slug == slug }) else {
            let closest = Suggestion.closest(to: slug, in: published.map(\.slug))
            throw SiteError(file: "content/articles", message: "no published article has the slug \"\(slug)\"",
                            hint: closest.isEmpty ? "drafts and future articles cannot be shared yet" : "closest slugs: \(closest.joined(separator: ", "))")
        }
        // Links are left as written: only the summary and text are needed here.
        let rendered = document.body.withUnsafeBytes {
            MarkdownRenderer(options: MarkdownOptions(allowsRawHTML: config.markdown.unsafeHTML)).render($0)
        }
        return RenderedDocument(document: document, html: rendered.html, headings: rendered.headings,
                                wordCount: rendered.wordCount, readingTime: rendered.readingTime,
                                summary: document.summary ?? rendered.automaticSummary ?? "")
    }
}
