import Core
import Foundation
import Markdown

/// Published articles read without building the whole site, for commands that need one
/// article's summary or text (`goodwill share`) or the published slugs (`goodwill log`, `check`).
/// Published means what a build without `--drafts` and `--future` publishes at `now`.
public enum PublishedArticles {
    /// The slugs a ledger row may name, and what became of the others.
    public struct Slugs: Sendable {
        public var published: Set<String> = []
        /// Why each other article is not published: `a draft`, `dated 2099-01-01`.
        public var unpublished: [String: String] = [:]
        /// Old slug → the published article that took it as an alias (`renamed(in:)`).
        public var renamed: [String: String] = [:]

        public init() {}
    }

    /// The published slugs, why each other article is not published, and the renames, of content
    /// read with its problems reported (`ContentLoader.loadReportingAll`): a typo in one article's
    /// front matter must not stop `goodwill log` from recording a share of another, nor `check`
    /// from checking the ledger.
    public static func slugsAndUnpublished(of content: SiteContent, today: Today) -> Slugs {
        var slugs = Slugs()
        let published = content.articles.filter { $0.isPublished(at: today) }
        slugs.published = Set(published.map(\.slug))
        for article in content.articles where !slugs.published.contains(article.slug) {
            slugs.unpublished[article.slug] = article.isDraft ? "a draft" : "dated \(article.date?.text ?? "later")"
        }
        slugs.renamed = renamed(in: published)
        return slugs
    }

    /// An article renamed keeps its old address in `aliases` (`/articles/pricing-your-first-deal/`):
    /// the alias's last segment is the old slug, which ledger rows written before the rename still
    /// name. Old slug → new slug, for aliases whose last segment is a slug no published article
    /// has now and no other article claims.
    public static func renamed(in published: [Document]) -> [String: String] {
        let current = Set(published.map(\.slug))
        var renamed: [String: String] = [:]
        var claimedTwice: Set<String> = []
        for article in published {
            for alias in article.aliases {
                guard let last = alias.split(separator: "/").last.map(String.init), Slug.isValid(last), !current.contains(last) else { continue }
                if let other = renamed[last], other != article.slug { claimedTwice.insert(last) }
                renamed[last] = article.slug
            }
        }
        for slug in claimedTwice { renamed[slug] = nil }
        return renamed
    }

    public static func find(_ slug: String, in root: URL, config: SiteConfig, today: Today) throws -> RenderedDocument {
        try find(slug, in: try ContentLoader(root: root, config: config).load(), today: today)
    }

    /// The published article `slug` of content already read, rendered; an error names the closest slugs.
    public static func find(_ slug: String, in content: SiteContent, today: Today) throws(Diagnostic) -> RenderedDocument {
        let config = content.config
        let published = content.articles.filter { $0.isPublished(at: today) }
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
            MarkdownRenderer(options: config.markdownOptions).render($0)
        }
        return RenderedDocument(document: document, html: rendered.html, headings: rendered.headings,
                                wordCount: rendered.wordCount, readingTime: rendered.readingTime,
                                summary: document.summary ?? rendered.automaticSummary ?? "")
    }
}
