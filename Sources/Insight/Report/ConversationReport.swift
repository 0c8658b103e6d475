import Core

/// What `goodwill report` shows, as plain values: which giving led to conversations, the
/// give-first balance, brokering, the shape of the network and reciprocity, for one period.
/// The HTML, Markdown and JSON files only format these values.
public struct ConversationReport: Sendable {
    public var asOf: ContentDate
    /// The period: rows dated from `since` through `until`.
    public var since: ContentDate?
    public var until: ContentDate
    public var windowDays: Int

    public var articles: [ArticleConversations]
    public var segments: [SegmentActivity]
    public var giveFirst: GiveFirstSummary
    public var introductions: [IntroductionOutcome]
    public var network: NetworkShape
    public var overdue: [OverdueContact]
    /// Contacts with no touch at all yet, by id.
    public var neverTouched: [String]
    public var reciprocity: [Reciprocity]
    /// Present when access logs were given.
    public var clicks: ClickSummary?
    /// The rows of the period: typed, or found by imports.
    public var sources = RowSources()
}

/// Content → conversations, for one article.
public struct ArticleConversations: Sendable, Equatable {
    public var slug: String
    public var title: String
    public var shares: Int
    /// Distinct contacts it was shared with.
    public var contactsReached: Int
    /// Shares followed by a conversation (`Attribution`).
    public var conversations: Int
    /// Of `shares`, those an import found rather than the user typed.
    public var importedShares = 0
    /// conversations ÷ shares; 0 when never shared.
    public var conversationRate: Double { shares == 0 ? 0 : Double(conversations) / Double(shares) }
}

/// One declared segment: what was shared with its contacts and what followed, and the
/// gives and asks of its contacts.
public struct SegmentActivity: Sendable, Equatable {
    public var segment: String
    public var title: String
    public var contacts: Int
    public var shares: Int
    public var conversations: Int
    public var gives: Int
    public var asks: Int
    public var conversationRate: Double { shares == 0 ? 0 : Double(conversations) / Double(shares) }
    /// gives ÷ asks, nil with no asks.
    public var giveAskRatio: Double? { asks == 0 ? nil : Double(gives) / Double(asks) }
}

public struct GiveFirstSummary: Sendable, Equatable {
    public struct Month: Sendable, Equatable {
        /// `2026-03`.
        public var month: String
        public var gives: Int
        public var asks: Int
    }

    public struct ContactBalance: Sendable, Equatable {
        public var contact: String
        public var name: String
        public var givesBeforeFirstAsk: Int
        public var askedBeforeGiven: Bool
    }

    public var gives: Int
    public var asks: Int
    public var ratio: Double? { asks == 0 ? nil : Double(gives) / Double(asks) }
    /// Every month of the period that has a give or an ask, oldest first.
    public var byMonth: [Month]
    /// Every contact who was asked something, by id.
    public var contacts: [ContactBalance]
    /// Contacts asked before anything was given to them, by id.
    public var askedBeforeGiven: [String] { contacts.filter(\.askedBeforeGiven).map(\.contact) }
}

/// One introduction made, the segments it bridged and what followed.
public struct IntroductionOutcome: Sendable, Equatable {
    public var date: ContentDate
    public var contacts: [String]
    public var names: [String]
    /// Each side's segments.
    public var segments: [[String]]
    /// A bridge between circles (no segment in common), or a bond within one.
    public var isBridge: Bool
    /// What followed within the window, in words: `Ana Lima replied on 2026-03-04`; empty when nothing did.
    public var followedBy: [String]
}

public struct NetworkShape: Sendable, Equatable {
    /// Activity per segment: rows of contacts in it (a contact in two segments counts half in each).
    public var activityBySegment: [(segment: String, share: Double)]
    /// exp of the Shannon entropy of that spread: "effectively 2.3 of 6 segments".
    public var effectiveSegments: Double
    /// Entropy ÷ ln k, from 0 (all in one segment) to 1 (evenly spread); nil with fewer than two segments.
    public var evenness: Double?
    /// The share of all activity that goes to the top 10% of contacts (by activity).
    public var topDecileShare: Double
    public var contactsPerSegment: [(segment: String, contacts: Int)]
    public var segmentsDeclared: Int

    public static func == (a: NetworkShape, b: NetworkShape) -> Bool {
        a.activityBySegment.map(\.segment) == b.activityBySegment.map(\.segment) && a.activityBySegment.map(\.share) == b.activityBySegment.map(\.share)
            && a.effectiveSegments == b.effectiveSegments && a.evenness == b.evenness && a.topDecileShare == b.topDecileShare
            && a.contactsPerSegment.map(\.segment) == b.contactsPerSegment.map(\.segment)
            && a.contactsPerSegment.map(\.contacts) == b.contactsPerSegment.map(\.contacts) && a.segmentsDeclared == b.segmentsDeclared
    }
}

/// A contact past their cadence: the stay-in-touch list.
public struct OverdueContact: Sendable, Equatable {
    public var contact: String
    public var name: String
    public var daysSinceLastTouch: Int
    public var cadenceDays: Int
    public var daysOverdue: Int { daysSinceLastTouch - cadenceDays }
}

/// What a contact gave the author against what the author gave them.
public struct Reciprocity: Sendable, Equatable {
    public var contact: String
    public var name: String
    public var given: Int
    public var received: Int
}
