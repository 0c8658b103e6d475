/// The score a suggestion is ranked by: six parts, each from 0 to 1, weighted and added, so the
/// score is from 0 to 1 too. docs/insight.md explains each part; this is the one place they are
/// computed.
public struct SuggestionScore: Sendable, Equatable {
    /// The contact asked something more recently than they were personally given something: give next.
    public var giveFirst: Double
    /// Days since the last touch against the contact's cadence: ½ at the cadence, 1 at twice it;
    /// 0 with no touch yet (never in touch is not overdue).
    public var overdue: Double
    /// How warm the relationship is (`Warmth`): past conversations, and how recent the last one.
    public var warmth: Double
    /// 1 for a segment in common, ½ for only a tag.
    public var fit: Double
    /// How often this article has led to a conversation with people of the segment (smoothed).
    public var conversation: Double
    /// 1 on the day it is published, ½ at 90 days, ⅓ at 180.
    public var freshness: Double

    public static let giveFirstWeight = 0.25
    public static let overdueWeight = 0.20
    public static let warmthWeight = 0.15
    public static let fitWeight = 0.15
    public static let conversationWeight = 0.15
    public static let freshnessWeight = 0.10

    public init(giveFirst: Double, overdue: Double, warmth: Double = 0, fit: Double, conversation: Double, freshness: Double) {
        self.giveFirst = giveFirst
        self.overdue = overdue
        self.warmth = warmth
        self.fit = fit
        self.conversation = conversation
        self.freshness = freshness
    }

    public var total: Double {
        contactPart + articlePart
    }

    /// The part that depends only on the contact.
    var contactPart: Double {
        Self.giveFirstWeight * giveFirst + Self.overdueWeight * overdue + Self.warmthWeight * warmth
    }

    /// The part that depends on the article (the rest depends only on the contact), by which one
    /// contact's candidates are ranked before the contact's part is added.
    var articlePart: Double {
        Self.fitWeight * fit + Self.conversationWeight * conversation + Self.freshnessWeight * freshness
    }

    static func overdue(daysSinceLastTouch days: Int?, cadence: Int) -> Double {
        guard let days else { return 0 }
        return min(1, Double(max(0, days)) / Double(2 * cadence))
    }

    static func freshness(ageDays: Int) -> Double {
        1 / (1 + Double(max(0, ageDays)) / 90)
    }
}
