import Ledger

/// Rows that `goodwill check` rejects count for nothing: a `shared` or `replied` that names an
/// article which is not published as of the as-of day (an unknown slug, a draft, or an article
/// dated later). They are not gives, touches or conversations; suggest and the report say how
/// many were left out, and `goodwill check` lists them. Rows naming a renamed article follow
/// it (`InsightSite`) and do count.
enum LeftOutRows {
    static let command = "goodwill check"

    /// `article` is the row's article as a position in the published articles, -1 for none.
    static func isLeftOut(_ activity: Activity, article: Int32) -> Bool {
        activity.kind.refersToArticle && !activity.ref.isEmpty && article < 0
    }

    /// How many rows dated up to `day` were left out.
    static func count(in index: ActivityIndex, through day: Int) -> Int {
        var count = 0
        for row in index.counted.indices where !index.counted[row] && index.days[row] <= day
            && index.position[index.ledger.activities[row].contact] != nil {
            count += 1
        }
        return count
    }

    /// `3 ledger rows left out: they name an article that is not published (an unknown slug or a
    /// draft); goodwill check lists them.`, as suggest and the report say it; nil when none.
    static func sentence(_ count: Int) -> String? {
        guard count > 0 else { return nil }
        return "\(count) ledger row\(count == 1 ? "" : "s") left out: \(count == 1 ? "it names" : "they name") an article that is not published (an unknown slug or a draft); \(command) lists \(count == 1 ? "it" : "them")."
    }
}
