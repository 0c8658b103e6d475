import Core
import Foundation
import Markdown

/// Published articles read without building the whole site, for commands that need one
/// article's summary or text (`goodwill share`) or the published slugs (`goodwill log`, `check`).
/// Published means what a build without `--drafts` and `--future` publishes at `now`.
public enum PublishedArticles {
    /// The slugs of every published article.
    public static func slugs(in root: URL, config: SiteConfig, now: Int64) throws -> Set<String> {
        try slugsAndUnpublished(in: root, config: config, now: now).published
    }

    /// The published slugs, and why each other article is not published: `a draft`, `dated 2099-01-01`.
    /// Every article that can be read counts: a typo in one article's front matter must not stop
    /// `goodwill log` from recording a share of another, nor `check` from checking the ledger.
    public static func slugsAndUnpublished(in root: URL, config: SiteConfig, now: Int64) throws -> (published: Set<String>, unpublished: [String: String]) {
        let content = ContentLoader(root: root, config: config).loadReportingAll().content
        var published: Set<String> = []
        var unpublished: [String: String] = [:]
        for article in content.articles {
            if article.isPublished(includeDrafts: false, includeFuture: false, now: now) {
                published.insert(article.slug)
            } else {
                unpublished[article.slug] = article.isDraft ? "a draft" : "dated \(article.date?.text ?? "later")"
            }
        }
        return (published, unpublished)
    }

    public static func find(_ slug: String, in root: URL, config: SiteConfig,
                            now: Int64 = Int64(Date().timeIntervalSince1970)) throws -> RenderedDocument {
        let content = try ContentLoader(root: root, config: config).load()
        let published = content.articles.filter { $0.isPublished(includeDrafts: false, includeFuture: false, now: now) }
        guard let document = published.first(where: { $0.slug == slug }) else {
            let closest = DidYouMean.closest(to: slug, in: published.map(\.slug))
            throw Diagnostic(file: "content/articles", message: "no published article has the slug \"\(slug)\"",
                            hint: closest.isEmpty ? "drafts and future articles cannot be shared yet" : "closest slugs: \(closest.joined(separator: ", "))")
        }
        return render(document, config: config)
    }

    /// One document rendered on its own. Links are left as written: only the summary and text
    /// are needed by the commands that ask.
    public static func render(_ document: Document, config: SiteConfig) -> RenderedDocument {
        let rendered = document.body.withUnsafeBytes {
            MarkdownRenderer(options: MarkdownOptions(allowsRawHTML: config.markdown.unsafeHTML)).render($0)
        }
        return RenderedDocument(document: document, html: rendered.html, headings: rendered.headings,
                                wordCount: rendered.wordCount, readingTime: rendered.readingTime,
                                summary: document.summary ?? rendered.automaticSummary ?? "")
    }
}
