/// Where a contact, or one of its fields, came from: an import's format, or the user's own hand.
/// Imports never overwrite what another source, or the user, set (`ContactMerger`).
public enum ContactSource: Hashable, Sendable, CustomStringConvertible {
    /// Added or edited by hand (`goodwill contacts add` / `edit`).
    case manual
    case linkedin, google, vcard, csv
    /// A source named in a CSV of Goodwill's own columns, kept as written.
    case other(String)

    static let known: [ContactSource] = [.manual, .linkedin, .google, .vcard, .csv]

    /// `text` as stored in contacts.csv; nil when empty.
    public init?(_ text: String) {
        guard !text.isEmpty else { return nil }
        self = Self.known.first { $0.text == text } ?? .other(text)
    }

    /// As stored and shown.
    public var text: String {
        switch self {
        case .manual: return "manual"
        case .linkedin: return "linkedin"
        case .google: return "google"
        case .vcard: return "vcard"
        case .csv: return "csv"
        case .other(let name): return name
        }
    }

    public var description: String { text }
}

/// The fields of a contact that an import may set or add to, each owned by the source that set
/// it. `email` and `url` cover the other addresses and profiles too; `segments` are set by the
/// `match:` rules, `tags` added to by imports. A field set or cleared by hand (`manual`) is
/// never touched by an import again.
public enum ContactField: String, Sendable, CaseIterable, Comparable {
    case name, email, company, position, url, segments, tags
    case connectedOn = "connected_on"

    public static func < (a: ContactField, b: ContactField) -> Bool { a.rawValue < b.rawValue }
}
