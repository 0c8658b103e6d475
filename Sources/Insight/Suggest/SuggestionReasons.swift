import Ledger

/// The reasons for a suggestion, in plain words with the numbers behind them:
/// `Founders · 3 of 8 founders who got it replied`, `last touch 45 days ago, cadence 30`,
/// `you asked on 2026-10-02 and have not given since`, `published 12 days ago`.
struct SuggestionReasons {
    let input: InsightInput
    let rates: ConversationRates

    func reasons(article: ArticleInfo, fit: SegmentFit, daysSince: Int?, cadence: Int,
                 account: GiveBalance.Account, asOfDay: Int) -> [String] {
        var reasons: [String] = []
        switch fit {
        case .segments(let segments):
            let segment = segments[0]
            let title = input.segment(segment)?.title ?? segment
            let count = rates.count(article.slug, in: segment)
            reasons.append(count.shares == 0
                ? "\(title) · not yet given to anyone in \(title.lowercased())"
                : "\(title) · \(count.conversations) of \(count.shares) \(title.lowercased()) who got it replied")
        case .tags(let tags):
            let count = rates.count(article.slug, in: nil)
            reasons.append("shares the tag \(tags.joined(separator: ", "))"
                + (count.shares == 0 ? " · not yet given to anyone" : " · \(count.conversations) of \(count.shares) who got it replied"))
        }
        if let daysSince {
            reasons.append("last touch \(Self.days(daysSince)) ago, cadence \(cadence)")
        } else {
            reasons.append("no touch yet, cadence \(cadence)")
        }
        if account.owesAGive, let asked = account.lastAsk {
            reasons.append(account.lastGive == nil
                ? "you asked on \(asked.text) and have never given"
                : "you asked on \(asked.text) and have not given since")
        }
        let age = asOfDay - article.date.dayNumber
        reasons.append(age == 0 ? "published today" : "published \(Self.days(age)) ago")
        return reasons
    }

    static func days(_ count: Int) -> String {
        count == 1 ? "1 day" : "\(count) days"
    }
}
