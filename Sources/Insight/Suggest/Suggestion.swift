import Ledger
import Core

/// One article to give one contact, and why: what `goodwill suggest` lists, in the order to act on.
public struct Suggestion: Sendable, Equatable {
    public var contact: String
    public var name: String
    public var article: String
    public var title: String
    public var score: SuggestionScore
    /// The reasons in plain words, with their numbers.
    public var reasons: [String]
    /// The channel to send it on: `email` when the contact has an address, else `linkedin`.
    public var via: Channel
    /// The segment the fit (and the conversation part of the score) came from: the one the
    /// message says the article is for. Nil for a tag fit.
    public var segment: String?
    /// Nothing in the ledger with them yet: one of the cold allowance.
    public var isCold = false
    /// What tells namesakes apart (their company, else position, else id); nil when the name is unique.
    public var company: String?
    /// A ready personal message with the contact's tokened link, and that link (filled in by
    /// `SuggestionMessages` in the Workspace).
    public var message = ""
    public var url = ""

    /// The name as a list shows it: with the company when another contact has the same name.
    public var displayName: String {
        company.map { "\(name) (\($0))" } ?? name
    }

    /// The command that records the give once sent.
    public var log: String {
        "goodwill log shared \(contact) \(article) --via \(via)"
    }
}

/// Two contacts in different circles who should know each other: brokering.
public struct Introduction: Sendable, Equatable {
    /// The two contact ids, in alphabetical order.
    public var contacts: [String]
    public var names: [String]
    /// How much the bridge is worth: segments it crosses, tags in common, and each side active lately.
    public var worth: Int
    public var reasons: [String]
    /// Each one's segments, by title: `Sales leaders`.
    public var circles: [String] = ["", ""]
    /// The tags they share.
    public var tags: [String] = []
    /// The introduction drafted to both (filled in by the Workspace, which knows the author).
    public var message = ""

    public var log: String {
        "goodwill log intro \(contacts[0]) \(contacts[1])"
    }
}

/// What `goodwill suggest` answers.
public struct SuggestionPlan: Sendable {
    public var asOf: ContentDate
    /// In the order to act on them: highest score first.
    public var suggestions: [Suggestion]
    public var introductions: [Introduction]
    /// Why there is nothing to suggest, in words, when there is neither a suggestion nor an introduction.
    public var nothingBecause: String?
    /// Why there is no suggestion (even when there are introductions), and why no introduction.
    public var noSuggestionsBecause: String?
    public var noIntroductionsBecause: String?
    /// Ledger rows that count for nothing (`LeftOutRows`).
    public var leftOutRows = 0
    /// Cold contacts with something to suggest that the allowance left out (`--cold`).
    public var coldContactsLeft = 0
    /// The rows the scores stand on: typed, or found by imports.
    public var sources = RowSources()
}

/// What to suggest for: one contact, one segment, or everyone; how many.
public struct SuggestionOptions: Sendable {
    public var contact: String?
    public var segment: String?
    /// Suggestions in all (and introductions in all).
    public var limit = 10
    /// Suggestions per contact.
    public var perContact = 1
    /// At most this many suggestions go to cold contacts (nothing in the ledger with them yet);
    /// with `contact` set, that contact is shown whatever.
    public var cold = ColdAllowance.defaultCold
    /// Days after a share in which an unnamed reply or a meeting counts as its conversation.
    public var windowDays = Attribution.defaultWindowDays

    public init() {}
}
