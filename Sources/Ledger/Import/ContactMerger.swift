import Core
import Foundation

/// What an import changed.
public struct ImportSummary: Sendable, Equatable, CustomStringConvertible {
    public var created = 0
    public var updated = 0
    public var unchanged = 0
    public var skipped = 0
    /// Names of imported rows skipped because several contacts share their name and company and
    /// the row has no URL or email to tell which one it is.
    public var ambiguous: [String] = []

    public var description: String {
        "\(created) created, \(updated) updated, \(unchanged) unchanged, \(skipped) skipped"
    }
}

/// Merges imported contacts into the ledger so that importing the same file twice changes
/// nothing, and what the writer set by hand (segments, notes, cadence) survives every import.
///
/// A contact is the same person when the profile URL matches, else the email, else the
/// normalised name together with the company — never when both sides have a URL, or both an
/// email, and those differ (`MatchKeys`).
struct ContactMerger {
    let rules: SegmentRules

    func merge(_ batch: ImportBatch, into contacts: inout [Contact]) -> ImportSummary {
        var summary = ImportSummary(skipped: batch.skipped)
        var keys = MatchKeys(contacts)
        var ids = UniqueSlugs(taken: Set(contacts.map(\.id)), fallback: "contact", firstSuffix: 2)
        var written: Set<Int> = []  // contacts this import created or updated
        for var imported in batch.contacts {
            // Names on one line, and no "email" contacts.csv would refuse to read back (an
            // export's columns shifted), the raw values kept in the notes. URLs are stored
            // normalised, whether they make a contact or update one.
            imported = imported.withCleanText()
            imported.url = ProfileURL.normalized(imported.url)
            switch keys.match(imported) {
            case .ambiguous:
                // Several namesakes at one company and nothing (URL, email) to tell which this is:
                // guessing would overwrite one person with another's details.
                summary.ambiguous.append(imported.name)
                summary.skipped += 1
            case .existing(let position):
                // A second row of one export for a contact this import already wrote (a duplicate
                // row, or two people sharing an email) adds its tags and changes nothing else: were
                // it to overwrite the name, company or email the first row set, that row would
                // match no one the next time the same file is imported, and come back as new.
                let merged = written.contains(position) ? addingTags(of: imported, to: contacts[position])
                    : update(contacts[position], with: imported)
                written.insert(position)
                if merged == contacts[position] {
                    summary.unchanged += 1
                } else {
                    contacts[position] = merged
                    keys.add(merged, at: position)
                    summary.updated += 1
                }
            case .new:
                var contact = imported
                contact.id = ids.claim(Slug.make(from: imported.id.isEmpty ? imported.name : imported.id))
                if contact.segments.isEmpty { contact.segments = rules.segments(for: contact) }
                contacts.append(contact)
                keys.add(contact, at: contacts.count - 1)
                written.insert(contacts.count - 1)
                summary.created += 1
            }
        }
        return summary
    }

    private func addingTags(of imported: Contact, to existing: Contact) -> Contact {
        var merged = existing
        for tag in imported.tags where !merged.tags.contains(tag) { merged.tags.append(tag) }
        return merged
    }

    /// Source precedence, field by field: an empty field takes the import's value; a field the
    /// same source set takes its newer value; a field another source set, or you set by hand
    /// (`manual`), is kept. Tags are added to; segments, notes and cadence stay as you left them.
    /// So LinkedIn, then vCard, then LinkedIn again settles, instead of flipping a contact
    /// between two positions and two emails.
    private func update(_ existing: Contact, with imported: Contact) -> Contact {
        var merged = existing
        let source = imported.source
        func take(_ field: ContactField, _ keyPath: WritableKeyPath<Contact, String>, same: (String, String) -> Bool = { $0 == $1 }) {
            let new = imported[keyPath: keyPath], old = existing[keyPath: keyPath]
            guard !new.isEmpty, !same(old, new) else { return }
            guard old.isEmpty || existing.owner(of: field) == source else { return }
            merged[keyPath: keyPath] = new
            merged.setBy[field] = source == merged.source ? nil : source
        }
        take(.name, \.name)
        take(.email, \.email) { $0.lowercased() == $1.lowercased() }
        take(.company, \.company)
        take(.position, \.position)
        take(.url, \.url) { ProfileURL.key($0) == ProfileURL.key($1) }
        if let connectedOn = imported.connectedOn, connectedOn != existing.connectedOn,
           existing.connectedOn == nil || existing.owner(of: .connectedOn) == source {
            merged.connectedOn = connectedOn
            merged.setBy[.connectedOn] = source == merged.source ? nil : source
        }
        if merged.source == nil { merged.source = source }
        for tag in imported.tags where !merged.tags.contains(tag) { merged.tags.append(tag) }
        if merged.notes.isEmpty { merged.notes = imported.notes }
        for line in imported.cleaningNotes { merged.addNoteLine(line) }
        if merged.cadenceDays == nil { merged.cadenceDays = imported.cadenceDays }
        if merged.segments.isEmpty { merged.segments = imported.segments.isEmpty ? rules.segments(for: merged) : imported.segments }
        return merged
    }
}

/// Lookup tables for matching an imported contact to one already in the ledger.
///
/// Two different profile URLs, or two different emails, are never the same person: a key only
/// matches a contact that has no conflicting URL or email. Two "Kwame Patel" at "Umbrella Corp"
/// with their own profiles stay two contacts, and so does an office address two people share.
struct MatchKeys {
    private var byURL: [String: [Int]] = [:]
    private var byEmail: [String: [Int]] = [:]
    private var byNameAndCompany: [String: [Int]] = [:]
    private var byID: [String: Int] = [:]
    /// The URL and email each position was indexed with, to test for conflicts.
    private var identities: [Int: Identity] = [:]

    private struct Identity {
        var url: String?
        var email: String?

        init(_ contact: Contact) {
            url = ProfileURL.key(contact.url)
            email = contact.email.isEmpty ? nil : contact.email.lowercased()
        }

        /// Both sides know a profile URL and they differ.
        func urlConflicts(with other: Identity) -> Bool {
            if let url, let otherURL = other.url { return url != otherURL }
            return false
        }

        /// Both sides know an email and they differ.
        func emailConflicts(with other: Identity) -> Bool {
            if let email, let otherEmail = other.email { return email != otherEmail }
            return false
        }
    }

    init(_ contacts: [Contact]) {
        for (position, contact) in contacts.enumerated() { add(contact, at: position) }
    }

    mutating func add(_ contact: Contact, at position: Int) {
        let identity = Identity(contact)
        identities[position] = identity
        func index(_ key: String?, in table: inout [String: [Int]]) {
            guard let key else { return }
            if !table[key, default: []].contains(position) { table[key, default: []].append(position) }
        }
        index(identity.url, in: &byURL)
        index(identity.email, in: &byEmail)
        index(Self.nameAndCompany(contact), in: &byNameAndCompany)
        if !contact.id.isEmpty { byID[contact.id] = position }
    }

    enum Match: Equatable {
        case existing(Int)
        case new
        /// Several contacts share the name and company and nothing (URL, email) tells which.
        case ambiguous
    }

    /// Which contact `contact` is: by id when the row has one, else by profile URL, then email, then name and company.
    /// A name and company shared by several compatible contacts matches the one with neither URL
    /// nor email (an earlier import of the same thin record); otherwise it is ambiguous.
    func match(_ contact: Contact) -> Match {
        // Goodwill's own CSV names ids, and a different id is a different person, like a different
        // profile URL: a row whose id no contact has yet is someone new, whatever else matches
        // (else a second import, finding the id made by the first, would match differently).
        // The id as it is stored: an id written "Hana" becomes the contact "hana" (found by fuzzing).
        let id = Slug.make(from: contact.id)
        if !id.isEmpty { return byID[id].map(Match.existing) ?? .new }
        let identity = Identity(contact)
        // The same profile URL is the same person, whatever the email says now.
        if let url = identity.url, let position = byURL[url]?.first { return .existing(position) }
        let otherProfile = { (position: Int) in identities[position]?.urlConflicts(with: identity) ?? true }
        if let email = identity.email, let position = byEmail[email]?.first(where: { !otherProfile($0) }) {
            return .existing(position)
        }
        let namesakes = (byNameAndCompany[Self.nameAndCompany(contact)] ?? []).filter { position in
            !otherProfile(position) && !(identities[position]?.emailConflicts(with: identity) ?? true)
        }
        if namesakes.count <= 1 { return namesakes.first.map(Match.existing) ?? .new }
        let thin = namesakes.first { identities[$0].map { $0.url == nil && $0.email == nil } ?? false }
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
