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

    /// What a personal greeting calls them (`PersonName`: honorifics such as Dr. skipped).
    public var firstName: String {
        PersonName.first(name)
    }
}

