import Core
import Site

extension ArticleInfo {
    /// The articles of `content` published as of the end of `asOf` (no drafts, nothing dated
    /// later), newest first.
    public static func published(in content: SiteContent, asOf: ContentDate) -> [ArticleInfo] {
        let today = Today.endOf(asOf)
        return content.articles
            .filter { $0.isPublished(at: today) }
            .compactMap { document in
                document.date.map { ArticleInfo(slug: document.slug, title: document.title, segments: document.segments,
                                                tags: document.tags, date: $0) }
            }
    }
}

extension SegmentInfo {
    /// The segments declared in goodwill.yml, in order, with their `cadence_days` and `digest_consent`.
    public static func declared(in config: SiteConfig) throws(Diagnostic) -> [SegmentInfo] {
        let cadences = try InsightSettings.segmentCadences(config.document, file: ConfigLoader.fileName)
        let wholeSegment = try InsightSettings.digestToWholeSegment(config.document, file: ConfigLoader.fileName)
        return config.segments.map {
            SegmentInfo(slug: $0.slug, title: $0.title, cadenceDays: cadences[$0.slug], digestToWholeSegment: wholeSegment.contains($0.slug))
        }
    }
}

extension ClickCounter {
    /// A counter for this site's published articles (their URL paths) and the ledger's contacts
    /// (their tokens).
    public init(content: SiteContent, asOf: ContentDate, contacts: [(id: String, name: String)], token: (String) -> String) {
        let today = Today.endOf(asOf)
        let articles = content.articles.filter { $0.isPublished(at: today) }
        self.init(articles: articles.map { (path: $0.urlPath, slug: $0.slug, title: $0.title) },
                  contacts: contacts.map { (token: token($0.id), id: $0.id, name: $0.name) })
    }
}
