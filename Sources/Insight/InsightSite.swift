import Core
import Foundation
import Ledger
import Site

/// A site's ledger and published articles, read for the insight commands (`suggest`, `report`,
/// `digest`).
public struct InsightSite: Sendable {
    public let input: InsightInput
    /// The content as read, for messages (article summaries) and click counting (URL paths).
    public let content: SiteContent

    /// The ledger of `store`, with rows that name a renamed article following it, and the
    /// articles of `content` published as of `asOf`.
    public static func load(content: SiteContent, store: LedgerStore, asOf: ContentDate) throws -> InsightSite {
        var ledger = try store.load()
        let articles = ArticleInfo.published(in: content, asOf: asOf)
        let publishedSlugs = Set(articles.map(\.slug))
        ledger = ledger.followingRenames(PublishedArticles.renamed(in: content.articles.filter { publishedSlugs.contains($0.slug) }))
        let input = InsightInput(ledger: ledger, articles: articles,
                                 segments: try SegmentInfo.declared(in: content.config), asOf: asOf)
        return InsightSite(input: input, content: content)
    }
}
