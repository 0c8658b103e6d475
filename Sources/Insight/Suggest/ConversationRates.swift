import Ledger

/// How well each article has led to conversations, per segment of the people it was shared with,
/// smoothed so that one lucky share does not dominate (shares whose conversation is unclear are
/// left out, `Attribution`): a Bayesian average, as if each article had
/// `priorShares` more shares converting at its segment's rate (itself smoothed toward the rate
/// of all shares).
struct ConversationRates {
    static let priorShares = 4.0

    /// (article slug, segment slug) → counts; segment "" holds the article's shares to anyone.
    private(set) var counts: [ArticleSegment: ConversationCount] = [:]
    private(set) var bySegment: [String: ConversationCount] = [:]
    private(set) var overall = ConversationCount()

    struct ArticleSegment: Hashable {
        var article: String
        var segment: String
    }

    init(attribution: Attribution, index: ActivityIndex) {
        for (position, contact) in index.ledger.contacts.enumerated() where !index.sent[position].isEmpty {
            for row in index.timelines[position] where index.kinds[Int(row)] == .shared {
                guard index.articleRefs[Int(row)] >= 0, attribution.isShare(row) else { continue }
                let slug = index.articles[Int(index.articleRefs[Int(row)])].slug
                let outcome = attribution.outcome(of: row)
                overall.add(outcome)
                counts[ArticleSegment(article: slug, segment: ""), default: .init()].add(outcome)
                for segment in contact.segments {
                    counts[ArticleSegment(article: slug, segment: segment), default: .init()].add(outcome)
                    bySegment[segment, default: .init()].add(outcome)
                }
            }
        }
    }

    func count(_ article: String, in segment: String?) -> ConversationCount {
        counts[ArticleSegment(article: article, segment: segment ?? "")] ?? ConversationCount()
    }

    /// The smoothed rate of `article` among contacts of `segment` (nil: among everyone).
    func rate(_ article: String, in segment: String?) -> Double {
        let prior = segmentRate(segment)
        let count = self.count(article, in: segment)
        return (Double(count.conversations) + Self.priorShares * prior) / (Double(count.rated) + Self.priorShares)
    }

    /// The segment's smoothed rate over all its shares; with no shares at all, ½.
    func segmentRate(_ segment: String?) -> Double {
        let all = (Double(overall.conversations) + 1) / (Double(overall.rated) + 2)
        guard let segment, let count = bySegment[segment] else { return all }
        return (Double(count.conversations) + Self.priorShares * all) / (Double(count.rated) + Self.priorShares)
    }
}
