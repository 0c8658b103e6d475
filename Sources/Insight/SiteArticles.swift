import Core
import Site

extension ArticleInfo {
    /// The articles of `content` published as of the end of `asOf` (no drafts, nothing dated
    /// later), newest first.
    public static func published(in content: SiteContent, asOf: ContentDate) -> [ArticleInfo] {
        let endOfDay = Int64(asOf.dayNumber + 1) * 86_400 - 1
        return content.articles
            .filter { $0.isPublished(includeDrafts: false, includeFuture: false, now: endOfDay) }
            .compactMap { document in
                document.date.map { ArticleInfo(slug: document.slug, title: document.title, segments: document.segments,
                                                tags: document.tags, date: $0) }
            }
    }
}

extension SegmentInfo {
    /// The segments declared in goodwill.yml, in order, with their `cadence_days`.
    public static func declared(in config: SiteConfig) throws(Diagnostic) -> [SegmentInfo] {
        let cadences = try InsightSettings.segmentCadences(config.document, file: ConfigLoader.fileName)
        return config.segments.map { SegmentInfo(slug: $0.slug, title: $0.title, cadenceDays: cadences[$0.slug]) }
    }
}
