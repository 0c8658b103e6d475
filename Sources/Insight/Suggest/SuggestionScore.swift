/// The score a suggestion is ranked by: five parts, each from 0 to 1, weighted and added, so the
/// score is from 0 to 1 too. docs/insight.md explains each part; this is the one place they are
/// computed.
public struct SuggestionScore: Sendable, Equatable {
    /// The contact asked something more recently than they were given something: give next.
    public var giveFirst: Double
    /// Days since the last touch against the contact's cadence: ½ at the cadence, 1 at twice it
    /// or with no touch yet.
    public var overdue: Double
    /// 1 for a segment in common, ½ for only a tag.
    public var fit: Double
    /// How often this article has led to a conversation with people of the segment (smoothed).
    public var conversation: Double
    /// 1 on the day it is published, ½ at 90 days, ⅓ at 180.
    public var freshness: Double

    public static let giveFirstWeight = 0.30
    public static let overdueWeight = 0.25
    public static let fitWeight = 0.20
    public static let conversationWeight = 0.15
    public static let freshnessWeight = 0.10

    public var total: Double {
        Self.giveFirstWeight * giveFirst + Self.overdueWeight * overdue + articlePart
    }

    /// The part that depends on the article (the rest depends only on the contact), by which one
    /// contact's candidates are ranked before the contact's part is added.
    var articlePart: Double {
        Self.fitWeight * fit + Self.conversationWeight * conversation + Self.freshnessWeight * freshness
    }

    static func overdue(daysSinceLastTouch days: Int?, cadence: Int) -> Double {
        guard let days else { return 1 }
        return min(1, Double(max(0, days)) / Double(2 * cadence))
    }

    static func freshness(ageDays: Int) -> Double {
        1 / (1 + Double(max(0, ageDays)) / 90)
    }
}
