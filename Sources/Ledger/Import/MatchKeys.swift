import Core
import Foundation

/// Lookup tables for matching an imported contact to one already in the ledger, on every
/// identity each has: all its emails, all its profile URLs, its name with its company.
///
/// Two different profiles on one network are never the same person, nor are two contacts whose
/// addresses are all different: a key only matches a contact that nothing contradicts. Two
/// "Kwame Patel" at "Umbrella Corp" with their own LinkedIn profiles stay two contacts, and so do
/// two people who share an office address but have profiles of their own. A second address, or a
/// GitHub profile beside a LinkedIn one, contradicts nothing.
struct MatchKeys {
    private var byURL: [String: [Int]] = [:]
    private var byEmail: [String: [Int]] = [:]
    private var byNameAndCompany: [String: [Int]] = [:]
    private var byID: [String: Int] = [:]
    /// The identities each position was indexed with, to test for conflicts.
    private var identities: [Int: Identity] = [:]

    struct Identity {
        /// Profile URL keys (`ProfileURL.key`), by network.
        var urls: [String: Set<String>] = [:]
        var emails: Set<String> = []

        init(_ contact: Contact) {
            for url in contact.urls {
                guard let key = ProfileURL.key(url) else { continue }
                urls[ProfileURL.network(ofKey: key), default: []].insert(key)
            }
            emails = Set(contact.emails.map { $0.lowercased() })
        }

        var urlKeys: [String] { urls.values.flatMap { $0 }.sorted() }

        /// Both sides have a profile on one network, and not the same one.
        func urlConflicts(with other: Identity) -> Bool {
            urls.contains { network, keys in
                guard let theirs = other.urls[network] else { return false }
                return keys.isDisjoint(with: theirs)
            }
        }

        /// Both sides know addresses, and none is shared.
        func emailConflicts(with other: Identity) -> Bool {
            !emails.isEmpty && !other.emails.isEmpty && emails.isDisjoint(with: other.emails)
        }

        var isThin: Bool { urls.isEmpty && emails.isEmpty }
    }

    init(_ contacts: [Contact]) {
        for (position, contact) in contacts.enumerated() { add(contact, at: position) }
    }

    mutating func add(_ contact: Contact, at position: Int) {
        let identity = Identity(contact)
        identities[position] = identity
        func index(_ key: String, in table: inout [String: [Int]]) {
            if !table[key, default: []].contains(position) { table[key, default: []].append(position) }
        }
        for url in identity.urlKeys { index(url, in: &byURL) }
        for email in identity.emails.sorted() { index(email, in: &byEmail) }
        index(Self.nameAndCompany(contact), in: &byNameAndCompany)
        if !contact.id.isEmpty { byID[contact.id] = position }
    }

    enum Match: Equatable {
        case existing(Int)
        /// No contact is this one; `namesakes` share the name and company, but an address or a
        /// profile says otherwise: likely duplicates for the user to look at.
        case new(namesakes: [Int])
        /// Several contacts share the name and company and nothing (URL, email) tells which.
        case ambiguous
    }

    /// Which contact `contact` is: by id when the row has one, else by profile URL, then email,
    /// then name and company. A name and company shared by several compatible contacts matches the
    /// one with neither URL nor email (an earlier import of the same thin record); otherwise it is
    /// ambiguous.
    func match(_ contact: Contact) -> Match {
        // Goodwill's own CSV names ids, and a different id is a different person, like a different
        // profile URL: a row whose id no contact has yet is someone new, whatever else matches
        // (else a second import, finding the id made by the first, would match differently).
        // The id as it is stored: an id written "Hana" becomes the contact "hana" (found by fuzzing).
        let id = Slug.make(from: contact.id)
        if !id.isEmpty { return byID[id].map(Match.existing) ?? .new(namesakes: []) }
        let identity = Identity(contact)
        // The same profile URL is the same person, whatever the email says now.
        for url in identity.urlKeys {
            if let position = byURL[url]?.first { return .existing(position) }
        }
        let otherProfile = { (position: Int) in identities[position]?.urlConflicts(with: identity) ?? true }
        for email in identity.emails.sorted() {
            if let position = byEmail[email]?.first(where: { !otherProfile($0) }) { return .existing(position) }
        }
        let sharing = byNameAndCompany[Self.nameAndCompany(contact)] ?? []
        let namesakes = sharing.filter { position in
            !otherProfile(position) && !(identities[position]?.emailConflicts(with: identity) ?? true)
        }
        if namesakes.count == 1 { return .existing(namesakes[0]) }
        if namesakes.isEmpty { return .new(namesakes: sharing.filter { !otherProfile($0) }) }
        let thin = namesakes.first { identities[$0]?.isThin ?? false }
        return thin.map(Match.existing) ?? .ambiguous
    }

    /// Case, accents and spacing do not make a different person.
    static func nameAndCompany(_ contact: Contact) -> String {
        func normal(_ text: String) -> String {
            text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
                .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        }
        return normal(contact.name) + "|" + normal(contact.company)
    }
}
