import Core
import Ledger

/// A published article as the insight layer sees it: what suggestions and reports need to know
/// of the site, and nothing of its rendering.
public struct ArticleInfo: Sendable, Equatable {
    public var slug: String
    public var title: String
    /// Segment slugs, in the order the article names them.
    public var segments: [String]
    public var tags: [String]
    public var date: ContentDate

    public init(slug: String, title: String, segments: [String], tags: [String], date: ContentDate) {
        self.slug = slug
        self.title = title
        self.segments = segments
        self.tags = tags
        self.date = date
    }
}

/// A declared segment: its title for reasons, and its stay-in-touch cadence if set.
public struct SegmentInfo: Sendable, Equatable {
    public var slug: String
    public var title: String
    /// `cadence_days` of the segment in goodwill.yml.
    public var cadenceDays: Int?
    /// `digest_consent: segment`: the user says every contact of this segment agreed to its digest
    /// (a list they signed up to); unsubscribes still stand. Default: only those who opted in.
    public var digestToWholeSegment: Bool

    public init(slug: String, title: String, cadenceDays: Int? = nil, digestToWholeSegment: Bool = false) {
        self.slug = slug
        self.title = title
        self.cadenceDays = cadenceDays
        self.digestToWholeSegment = digestToWholeSegment
    }
}

/// Everything the insight layer reads, as plain values: the ledger, the published articles,
/// the declared segments and the day that counts as today (`--as-of`). Nothing here reads the
/// clock or a file.
public struct InsightInput: Sendable {
    public var ledger: Ledger
    /// Published as of `asOf`, newest first.
    public var articles: [ArticleInfo]
    /// In the order declared.
    public var segments: [SegmentInfo]
    public var asOf: ContentDate

    public init(ledger: Ledger, articles: [ArticleInfo], segments: [SegmentInfo], asOf: ContentDate) {
        self.ledger = ledger
        self.articles = articles
        self.segments = segments
        self.asOf = asOf
    }

    func segment(_ slug: String) -> SegmentInfo? {
        segments.first { $0.slug == slug }
    }
}
