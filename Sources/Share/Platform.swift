/// The networks Goodwill writes snippets for, each with its real limit and way of counting.
public enum Platform: String, Sendable, CaseIterable, Codable {
    case linkedin, x, mastodon, bluesky, facebook, email

    /// A platform as a person names it: `linkedin`, `X`, and `twitter` for X.
    public init?(named name: String) {
        let lowered = name.lowercased()
        guard let platform = Platform(rawValue: lowered == "twitter" ? "x" : lowered) else { return nil }
        self = platform
    }

    public var displayName: String {
        switch self {
        case .linkedin: return "LinkedIn"
        case .x: return "X"
        case .mastodon: return "Mastodon"
        case .bluesky: return "Bluesky"
        case .facebook: return "Facebook"
        case .email: return "Email"
        }
    }

    /// The most the platform accepts, counted its way (for email: the body is free, the subject is not).
    public var limit: Int {
        switch self {
        case .linkedin: return 3_000
        case .x: return 280
        case .mastodon: return 500
        case .bluesky: return 300
        case .facebook: return 63_206
        case .email: return 100_000
        }
    }

    /// What Goodwill keeps its own generated text under: Facebook takes 63,206 characters, but
    /// nobody reads a long post there.
    public var generatedLimit: Int {
        self == .facebook ? 500 : limit
    }

    /// Characters LinkedIn shows before "see more": the hook has to fit here.
    public static let linkedInHookLength = 210
    /// RFC 5322's recommended line length, which keeps a subject readable in every client.
    public static let emailSubjectLimit = 78

    /// The length of `text` as this platform counts it.
    public func count(_ text: String) -> Int {
        switch self {
        case .x: return TextLength.twitterWeighted(text)
        case .mastodon: return TextLength.graphemes(text, urlLength: 23)
        case .bluesky: return TextLength.graphemes(text, urlLength: nil)
        case .linkedin, .facebook, .email: return TextLength.utf16(text)
        }
    }

    /// The most a private message on this channel takes: LinkedIn messages 8,000 characters, X
    /// direct messages 10,000, Bluesky chats 1,000 graphemes, Messenger 20,000; Mastodon has no
    /// private messages, only a direct-visibility post of 500. An email body has no limit.
    public var messageLimit: Int {
        switch self {
        case .linkedin: return 8_000
        case .x: return 10_000
        case .mastodon: return 500
        case .bluesky: return 1_000
        case .facebook: return 20_000
        case .email: return 100_000
        }
    }

    /// Whether hashtags belong in this platform's text.
    var usesHashtags: Bool { self != .email }

    /// What the separator before a generated snippet's summary counts here: " — " on X, a blank
    /// line elsewhere (`SnippetWriter.layout`). Counted once, not for every snippet of every article.
    var summarySeparatorCount: Int { Self.summarySeparatorCounts[ordinal] }

    private static let summarySeparatorCounts = allCases.map { platform in platform.count(platform == .x ? " — " : "\n\n") }

    /// The platform's place in `allCases`: tables made once per platform are arrays read at it,
    /// where a dictionary hashed the platform on every snippet of every article.
    var ordinal: Int {
        switch self {
        case .linkedin: return 0
        case .x: return 1
        case .mastodon: return 2
        case .bluesky: return 3
        case .facebook: return 4
        case .email: return 5
        }
    }
}
