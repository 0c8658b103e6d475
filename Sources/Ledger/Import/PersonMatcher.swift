import Core

/// Which contact a person named in messages is: by profile URL (any of a contact's), by the
/// contact whose tracked link the user sent them, or — when the export gives no URL, as its old
/// layout does — by a name only one contact has. A profile the ledger does not know is nobody
/// yet, even when the name matches (namesakes): the unmatched list shows it, and `goodwill
/// contacts adopt IDENTITY --as ID` joins it to the right contact.
struct PersonMatcher {
    enum Match: Equatable {
        case contact(String)
        /// A contact the user removed: their rows stay out.
        case removed(String)
        case unmatched
    }

    private let keys: MatchKeys
    private let contacts: [Contact]
    private let tombstones: MatchKeys
    private let removed: [Tombstone]
    private var byName: [String: [Int]] = [:]
    /// identity → contact id, from tracked links.
    var byToken: [String: String] = [:]

    init(contacts: [Contact], removed: [Tombstone]) {
        self.contacts = contacts
        self.removed = removed
        keys = MatchKeys(contacts)
        tombstones = MatchKeys(removed.map(\.identity))
        for (position, contact) in contacts.enumerated() { byName[ExportPerson.folded(contact.name), default: []].append(position) }
    }

    func match(_ person: ExportPerson) -> Match {
        if !person.email.isEmpty { return match(email: person.email, name: person.name) }
        let probe = Contact(id: "", name: person.name, url: person.url)
        if !person.url.isEmpty {
            if case .existing(let position) = keys.match(probe), contacts[position].urls.contains(where: { ProfileURL.key($0) == person.identity }) {
                return .contact(contacts[position].id)
            }
        } else if let positions = byName[ExportPerson.folded(person.name)], positions.count == 1 {
            return .contact(contacts[positions[0]].id)
        }
        if let id = byToken[person.identity] { return .contact(id) }
        if !person.url.isEmpty, case .existing(let position) = tombstones.match(probe),
           removed[position].urls.contains(where: { ProfileURL.key($0) == person.identity }) {
            let tombstone = removed[position]
            if let into = tombstone.mergedInto, contacts.contains(where: { $0.id == into }) { return .contact(into) }
            return .removed(tombstone.id)
        }
        return .unmatched
    }

    /// A person of a mail: the contact with that address among theirs (a name alone never
    /// matches: namesakes), else a removed contact's.
    private func match(email: String, name: String) -> Match {
        let probe = Contact(id: "", name: name, email: email)
        if case .existing(let position) = keys.match(probe), contacts[position].emails.contains(where: { $0.lowercased() == email }) {
            return .contact(contacts[position].id)
        }
        if let id = byToken["email:" + email] { return .contact(id) }
        if case .existing(let position) = tombstones.match(probe), removed[position].emails.contains(where: { $0.lowercased() == email }) {
            let tombstone = removed[position]
            if let into = tombstone.mergedInto, contacts.contains(where: { $0.id == into }) { return .contact(into) }
            return .removed(tombstone.id)
        }
        return .unmatched
    }
}

/// Who each identity is, worked out once: an export names the same few thousand people in a
/// hundred thousand messages.
struct MatchCache {
    let matcher: PersonMatcher
    private var known: [String: PersonMatcher.Match] = [:]

    init(_ matcher: PersonMatcher) { self.matcher = matcher }

    mutating func match(_ person: ExportPerson) -> PersonMatcher.Match {
        if let earlier = known[person.identity] { return earlier }
        let found = matcher.match(person)
        known[person.identity] = found
        return found
    }

    /// What a signal finder keys people by: the contact once matched, else their own identity.
    mutating func samePerson(_ person: ExportPerson) -> String {
        if case .contact(let id) = match(person) { return "contact:" + id }
        return person.identity
    }
}
