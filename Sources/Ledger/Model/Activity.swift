import Core

/// What happened between the author and a contact: one row of `network/activity.csv`.
public struct Activity: Sendable, Equatable {
    public var date: ContentDate
    public var kind: ActivityKind
    /// The contact's id.
    public var contact: String
    /// `shared`: the article slug; `intro`: the other contact's id; `replied`: optionally the article.
    public var ref: String
    /// The channel: `linkedin`, `email`, `coffee`, …; nil when the row names none.
    public var via: Channel?
    public var note: String
    /// Line in activity.csv where the row starts (0 when not read from a file).
    public var line: Int
    /// The message an import found this row in; nil for a row the user typed.
    public var source: SourceKey?

    public init(date: ContentDate, kind: ActivityKind, contact: String, ref: String = "", via: Channel? = nil, note: String = "",
                line: Int = 0, source: SourceKey? = nil) {
        self.date = date
        self.kind = kind
        self.contact = contact
        self.ref = ref
        self.via = via
        self.note = note
        self.line = line
        self.source = source
    }

    /// Typed by the user rather than found by an import.
    public var isTyped: Bool { source == nil }

    /// Whether the row is about `id`: as its contact, or as the other person of an introduction.
    public func names(_ id: String) -> Bool {
        contact == id || (kind == .intro && ref == id)
    }
}

/// The kinds of activity. Grouped by who gives, because the report counts gives before asks.
public enum ActivityKind: String, Sendable, CaseIterable, Equatable {
    /// I sent them an article (`ref` = article slug).
    case shared
    /// I introduced them to another contact (`ref` = that contact's id): brokering.
    case intro
    /// Help that was not content.
    case helped
    /// I asked something of them.
    case asked
    /// They gave something to me.
    case received
    /// They answered or started a conversation (`ref` may name the article it answers).
    case replied
    /// A call or a meeting.
    case met

    /// Something the author gave.
    public var isGive: Bool { self == .shared || self == .intro || self == .helped }
    /// Something the author asked for.
    public var isAsk: Bool { self == .asked }
    /// A sign of a conversation.
    public var isConversation: Bool { self == .replied || self == .met }
    /// Its `ref` names an article (required for `shared`, optional for `replied`).
    public var refersToArticle: Bool { self == .shared || self == .replied }
    /// Whether a row of this kind may have a `ref` at all (`intro` names the other contact).
    public var takesRef: Bool { refersToArticle || self == .intro }

    /// The kind named `text`, or an error at the `kind` input with the closest kinds.
    public static func parse(_ text: String) throws(Diagnostic) -> ActivityKind {
        if let kind = ActivityKind(rawValue: text) { return kind }
        let kinds = allCases.map(\.rawValue)
        throw Diagnostic(input: "kind", message: "\"\(text)\" is not a kind of activity",
                         hint: DidYouMean.hint(for: text, in: kinds) + "kinds: \(kinds.joined(separator: ", "))")
    }
}

/// The hint for a `ref` that names no published article.
enum ArticleRefs {
    static let bulkHint = "drafts and future articles cannot be logged yet; run goodwill build to see the published slugs"

    static func hint(for ref: String, published: Set<String>) -> String {
        hint(for: ref, sortedPublished: published.sorted())
    }

    static func hint(for ref: String, sortedPublished: [String]) -> String {
        let closest = DidYouMean.closest(to: ref, in: sortedPublished)
        return closest.isEmpty ? "drafts and future articles cannot be logged yet; run goodwill build to see the published slugs"
                               : "closest slugs: \(closest.joined(separator: ", "))"
    }
}
