import Core

/// What is left of a contact you removed, or merged into another: its identities, so that the
/// next import of a file that still has them does not bring them back. Kept in
/// `network/removed.csv`; `goodwill contacts restore ID` forgets one.
public struct Tombstone: Sendable, Equatable {
    public var id: String
    public var name: String
    public var company: String
    public var emails: [String]
    public var urls: [String]
    public var removedOn: ContentDate
    /// The contact it was merged into: an import row that is this person updates that one.
    public var mergedInto: String?

    public init(of contact: Contact, on day: ContentDate, mergedInto: String? = nil) {
        id = contact.id
        name = contact.name
        company = contact.company
        emails = contact.emails
        urls = contact.urls
        removedOn = day
        self.mergedInto = mergedInto
    }

    init(id: String, name: String, company: String, emails: [String], urls: [String], removedOn: ContentDate, mergedInto: String?) {
        (self.id, self.name, self.company, self.emails, self.urls, self.removedOn, self.mergedInto)
            = (id, name, company, emails, urls, removedOn, mergedInto)
    }

    /// The identities as a contact, for matching (`MatchKeys`).
    var identity: Contact {
        var contact = Contact(id: "", name: name, email: emails.first ?? "", company: company, url: urls.first ?? "")
        contact.otherEmails = Array(emails.dropFirst())
        contact.otherURLs = Array(urls.dropFirst())
        return contact
    }
}
