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

    /// Whether the period is narrower than "everything up to the as-of day".
    public var isBounded: Bool { since != nil || until != asOf }

    public var articles: [ArticleConversations]
    /// Who replied: each conversation that followed a share of the period (clearly or not),
    /// newest first.
    public var conversations: [ConversationEntry] = []
    /// Conversations of the period that followed no share, newest first.
    public var unfollowed: [ConversationEntry] = []
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
    /// Ledger rows that count for nothing (`LeftOutRows`), up to the as-of day.
    public var leftOutRows = 0
}

/// One conversation (a `replied` or `met`) and what it followed.
public struct ConversationEntry: Sendable, Equatable {
    public enum Basis: String, Sendable {
        /// The reply names the article.
        case named
        /// The only share within the window before it.
        case window
        /// Two or more shares within the window: which one it answered is unclear.
        case unclear
        /// It followed no share (`reason` says why).
        case none
    }

    public var date: ContentDate
    public var contact: String
    public var name: String
    /// `replied` or `met`.
    public var kind: String
    public var basis: Basis
    /// The article of the share it followed; for `unclear`, every candidate, newest first.
    public var articles: [(slug: String, title: String)]
    /// The day of that share, and the days between it and the conversation (nil unless one share).
    public var sharedOn: ContentDate?
    public var daysAfter: Int?
    /// Why it followed no share, in words (`none` only).
    public var reason: String?
    /// The import that found it (`mail`, `linkedin`); nil when typed.
    public var origin: String?

    public static func == (a: ConversationEntry, b: ConversationEntry) -> Bool {
        a.date == b.date && a.contact == b.contact && a.name == b.name && a.kind == b.kind && a.basis == b.basis
            && a.articles.map(\.slug) == b.articles.map(\.slug) && a.sharedOn == b.sharedOn && a.daysAfter == b.daysAfter && a.reason == b.reason && a.origin == b.origin
    }
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
    /// Shares whose conversation is unclear (it came within the window of several): left out of the rate.
    public var unclear = 0
    /// Of `shares`, those an import found rather than the user typed.
    public var importedShares = 0
    /// conversations ÷ (shares − unclear); nil when there is none to rate.
    public var conversationRate: Double? { shares - unclear == 0 ? nil : Double(conversations) / Double(shares - unclear) }
}

/// One declared segment: what was shared with its contacts and what followed, and the
/// gives and asks of its contacts.
public struct SegmentActivity: Sendable, Equatable {
    public var segment: String
    public var title: String
    public var contacts: Int
    public var shares: Int
    public var conversations: Int
    public var unclear = 0
    /// Personal gives (`GiveBalance`), and digest messages apart.
    public var gives: Int
    public var digestGives = 0
    public var asks: Int
    public var conversationRate: Double? { shares - unclear == 0 ? nil : Double(conversations) / Double(shares - unclear) }
    /// Personal gives ÷ asks, nil with no asks.
    public var giveAskRatio: Double? { asks == 0 ? nil : Double(gives) / Double(asks) }
}

public struct GiveFirstSummary: Sendable, Equatable {
    public struct Month: Sendable, Equatable {
        /// `2026-03`.
        public var month: String
        public var gives: Int
        public var asks: Int
        public var digestGives = 0
    }

    public struct ContactBalance: Sendable, Equatable {
        public var contact: String
        public var name: String
        public var givesBeforeFirstAsk: Int
        public var askedBeforeGiven: Bool
    }

    /// Personal gives; digest messages are counted apart and in no ratio.
    public var gives: Int
    public var asks: Int
    public var digestGives = 0
    public var ratio: Double? { asks == 0 ? nil : Double(gives) / Double(asks) }
    /// Every month of the period that has a give or an ask, oldest first.
    public var byMonth: [Month]
    /// Every contact asked something in the period, with their personal gives before their
    /// first ask ever (over all history), by id.
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
    /// The share of the activity that goes to the most active tenth of the contacts you were in
    /// touch with in the period (rounded up, at least one).
    public var topDecileShare: Double
    /// Contacts with at least one row in the period, and how many the top tenth is.
    public var contactsInTouch = 0
    public var topDecileContacts = 0
    /// Introductions of the period, and those across circles (a bridge): what bridging is.
    public var introductions = 0
    public var bridgeIntroductions = 0
    public var contactsPerSegment: [(segment: String, contacts: Int)]
    public var segmentsDeclared: Int

    public static func == (a: NetworkShape, b: NetworkShape) -> Bool {
        a.activityBySegment.map(\.segment) == b.activityBySegment.map(\.segment) && a.activityBySegment.map(\.share) == b.activityBySegment.map(\.share)
            && a.effectiveSegments == b.effectiveSegments && a.evenness == b.evenness && a.topDecileShare == b.topDecileShare
            && a.contactsPerSegment.map(\.segment) == b.contactsPerSegment.map(\.segment)
            && a.contactsPerSegment.map(\.contacts) == b.contactsPerSegment.map(\.contacts) && a.segmentsDeclared == b.segmentsDeclared
            && a.contactsInTouch == b.contactsInTouch && a.topDecileContacts == b.topDecileContacts
            && a.introductions == b.introductions && a.bridgeIntroductions == b.bridgeIntroductions
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
