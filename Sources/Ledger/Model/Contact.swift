import Core

/// A person in the author's network. Lives only in the private `network/contacts.csv`.
public struct Contact: Sendable, Equatable {
    /// Stable slug such as `grace-hopper`; activity rows refer to it.
    public var id: String
    public var name: String
    public var email: String
    public var company: String
    public var position: String
    /// Segment slugs declared in goodwill.yml.
    public var segments: [String]
    public var tags: [String]
    /// Profile URL (LinkedIn or a homepage): the best key for matching imports.
    public var url: String
    /// Their other addresses (a second job, a private one, an old one): imports and mail match
    /// on them too; messages go to `email`.
    public var otherEmails: [String] = []
    /// Their other profiles (GitHub, Mastodon, Bluesky, a homepage), stored normalised.
    public var otherURLs: [String] = []
    /// Whether they agreed to be emailed a digest: only the user changes it, never an import.
    public var consent: EmailConsent = .unknown
    public var connectedOn: ContentDate?
    /// Where the contact came from; nil when the file does not say.
    public var source: ContactSource?
    /// Stay-in-touch override, in days.
    public var cadenceDays: Int?
    public var notes: String
    /// Who set the fields that `source` did not: `email` → `vcard`, `position` → `manual` (set by
    /// hand, with `goodwill contacts edit`). Imports follow it (`ContactMerger`); a field not
    /// listed belongs to `source`. Stored as `set_by` (`email:vcard;position:manual`).
    public var setBy: [ContactField: ContactSource] = [:]

    /// The source that set `field`.
    public func owner(of field: ContactField) -> ContactSource? {
        setBy[field] ?? source
    }

    public init(id: String, name: String, email: String = "", company: String = "", position: String = "",
                segments: [String] = [], tags: [String] = [], url: String = "", connectedOn: ContentDate? = nil,
                source: ContactSource? = nil, cadenceDays: Int? = nil, notes: String = "") {
        self.id = id
        self.name = name
        self.email = email
        self.company = company
        self.position = position
        self.segments = segments
        self.tags = tags
        self.url = url
        self.connectedOn = connectedOn
        self.source = source
        self.cadenceDays = cadenceDays
        self.notes = notes
    }

    /// Every address, `email` first.
    public var emails: [String] {
        (email.isEmpty ? [] : [email]) + otherEmails
    }

    /// Every profile URL, `url` first.
    public var urls: [String] {
        (url.isEmpty ? [] : [url]) + otherURLs
    }

    /// What a personal greeting calls them (`PersonName`: honorifics such as Dr. skipped).
    public var firstName: String {
        PersonName.first(name)
    }
}


/// A contact's answer to "may I email you my digest?". Imports never set or change it; only
/// `goodwill contacts opt-in` and `unsubscribe` do, and an unsubscribe is forever unless they ask
/// again (`opt-in --they-asked`).
public enum EmailConsent: Sendable, Equatable {
    /// Never asked, or never said: no digest (unless the segment's setting says otherwise).
    case unknown
    /// They said yes, on that day.
    case optedIn(ContentDate)
    /// They said no more, on that day: no digest, whatever a segment or an import says.
    case unsubscribed(ContentDate)

    /// As stored in the `consent` column.
    public var text: String {
        switch self {
        case .unknown: return ""
        case .optedIn: return "opted-in"
        case .unsubscribed: return "unsubscribed"
        }
    }

    /// The day it was given, for the `consent_on` column.
    public var day: ContentDate? {
        switch self {
        case .unknown: return nil
        case .optedIn(let day), .unsubscribed(let day): return day
        }
    }

    public var isUnsubscribed: Bool {
        if case .unsubscribed = self { return true }
        return false
    }
}
