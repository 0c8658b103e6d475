import Core
import Foundation
import Ledger
import Site

/// A site's ledger and published articles, read for the insight commands (`suggest`, `report`).
/// (Reading the two at the same time was measured: no faster, since each already uses every core.)
public struct InsightSite: Sendable {
    public let input: InsightInput
    /// The content as read, for messages (article summaries) and click counting (URL paths).
    public let content: SiteContent

    public static func load(siteRoot: URL, config: SiteConfig, store: LedgerStore, asOf: ContentDate) throws -> InsightSite {
        var ledger = try store.load()
        let content = try ContentLoader(root: siteRoot, config: config).load()
        let articles = ArticleInfo.published(in: content, asOf: asOf)
        let publishedSlugs = Set(articles.map(\.slug))
        ledger = ledger.followingRenames(PublishedArticles.renamed(in: content.articles.filter { publishedSlugs.contains($0.slug) }))
        let input = InsightInput(ledger: ledger, articles: articles,
                                 segments: try SegmentInfo.declared(in: config), asOf: asOf)
        return InsightSite(input: input, content: content)
    }
}
