import Ledger

/// The reasons for a suggestion, in plain words with the numbers behind them:
/// `Founders · 3 of 8 founders who got it replied`, `last touch 45 days ago, cadence 30`,
/// `you asked on 2026-10-02 and have not given since`, `published 12 days ago`.
struct SuggestionReasons {
    let input: InsightInput
    let rates: ConversationRates

    func reasons(article: ArticleInfo, fit: SegmentFit, daysSince: Int?, cadence: Int, warmth: Warmth.Value, isCold: Bool,
                 account: GiveBalance.Account, asOfDay: Int) -> [String] {
        var reasons: [String] = []
        switch fit {
        case .segments(let segments):
            let segment = segments[0]
            let title = input.segment(segment)?.title ?? segment
            let count = rates.count(article.slug, in: segment)
            reasons.append(count.shares == 0
                ? "\(title) · not yet given to anyone in \(title.lowercased())"
                : "\(title) · \(count.conversations) of \(count.rated) \(title.lowercased()) who got it replied" + Self.unclear(count))
        case .tags(let tags):
            let count = rates.count(article.slug, in: nil)
            reasons.append("shares the tag \(tags.joined(separator: ", "))"
                + (count.shares == 0 ? " · not yet given to anyone" : " · \(count.conversations) of \(count.rated) who got it replied" + Self.unclear(count)))
        }
        if isCold {
            reasons.append("never in touch yet: a cold contact")
        } else if let daysSince {
            reasons.append("last touch \(Self.days(daysSince)) ago, cadence \(cadence)")
        } else {
            reasons.append("nothing given or said yet, only asked; cadence \(cadence)")
        }
        if let last = warmth.daysSinceLast, warmth.conversations > 0 {
            reasons.append(warmth.conversations == 1 ? "1 conversation, \(last == 0 ? "today" : "\(Self.days(last)) ago")"
                                                     : "\(warmth.conversations) conversations, the last \(last == 0 ? "today" : "\(Self.days(last)) ago")")
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

    static func unclear(_ count: ConversationCount) -> String {
        count.unclear == 0 ? "" : " (\(count.unclear) more unclear)"
    }

    static func days(_ count: Int) -> String {
        count == 1 ? "1 day" : "\(count) days"
    }
}
