import Foundation

/// The way something reached a contact or came back: `linkedin`, `email`, `digest`, or any word
/// the user logs (`coffee`, `phone`), kept as written. Known channels are cases, so code tests
/// them by name, never by spelling.
public enum Channel: Hashable, Sendable, CustomStringConvertible {
    case email, linkedin, x, mastodon, bluesky, facebook
    /// A message of `goodwill digest`.
    case digest
    /// A channel the user named, such as `coffee`, as written.
    case other(String)

    static let known: [Channel] = [.email, .linkedin, .x, .mastodon, .bluesky, .facebook, .digest]

    /// `text` as logged; nil when empty.
    public init?(_ text: String) {
        // The channels as goodwill writes them, matched as they are: a ledger has a million rows.
        switch text {
        case "": return nil
        case "linkedin": self = .linkedin
        case "email": self = .email
        case "digest": self = .digest
        case "x": self = .x
        case "mastodon": self = .mastodon
        case "bluesky": self = .bluesky
        case "facebook": self = .facebook
        default:
            let word = text.trimmingCharacters(in: .whitespaces)
            guard !word.isEmpty else { return nil }
            let lowered = word.lowercased()
            self = Self.known.first { $0.text == lowered } ?? .other(word)
        }
    }

    /// As written in activity.csv and shown.
    public var text: String {
        switch self {
        case .email: return "email"
        case .linkedin: return "linkedin"
        case .x: return "x"
        case .mastodon: return "mastodon"
        case .bluesky: return "bluesky"
        case .facebook: return "facebook"
        case .digest: return "digest"
        case .other(let word): return word
        }
    }

    public var description: String { text }
}

extension Contact {
    /// The channel a message to them goes by when none is asked for: email when the ledger has
    /// their address, else LinkedIn. The one rule, for `share --contact`, `suggest` and digests.
    public var defaultChannel: Channel { email.isEmpty ? .linkedin : .email }
}
