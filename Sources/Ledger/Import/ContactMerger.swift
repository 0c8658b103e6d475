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
    /// Ids of contacts you removed that the file still has: left out (`goodwill contacts restore`).
    public var removed: [String] = []
    /// Contacts this import created that share a name and company with others.
    public var likelyDuplicates: [LikelyDuplicate] = []

    public var description: String {
        "\(created) created, \(updated) updated, \(unchanged) unchanged, \(skipped) skipped"
            + (removed.isEmpty ? "" : ", \(removed.count) you removed left out")
    }
}

/// Merges imported contacts into the ledger so that importing the same file twice changes
/// nothing, and what the writer set by hand survives every import.
///
/// A contact is the same person when a profile URL matches, else an email, else the normalised
/// name together with the company — never when both sides have profiles on one network and they
/// differ, or both have addresses and none is shared (`MatchKeys`). A row that is a contact the
/// user removed is left out; one of a contact merged into another updates that one (`Tombstone`).
struct ContactMerger {
    let rules: SegmentRules

    func merge(_ batch: ImportBatch, into contacts: inout [Contact], removed: [Tombstone] = []) -> ImportSummary {
        var summary = ImportSummary(skipped: batch.skipped)
        var keys = MatchKeys(contacts)
        let tombstones = MatchKeys(removed.map(\.identity))
        var ids = UniqueSlugs(taken: Set(contacts.map(\.id) + removed.map(\.id)), fallback: "contact", firstSuffix: 2)
        var written: Set<Int> = []  // contacts this import created or updated
        for var imported in batch.contacts {
            // Names on one line, and no "email" contacts.csv would refuse to read back (an
            // export's columns shifted), the raw values kept in the notes. URLs are stored
            // normalised, whether they make a contact or update one.
            imported = imported.withCleanText()
            imported.url = ProfileURL.normalized(imported.url)
            imported.otherURLs = imported.otherURLs.map(ProfileURL.normalized).filter { !$0.isEmpty }
            var match = keys.match(imported)
            if case .new = match {
                switch tombstones.match(imported) {
                case .existing(let position):
                    // Merged away: the row is the contact it was merged into, if that one is still here.
                    let tombstone = removed[position]
                    if let into = tombstone.mergedInto, let kept = contacts.firstIndex(where: { $0.id == into }) {
                        match = .existing(kept)
                    } else {
                        summary.removed.append(tombstone.id)
                        continue
                    }
                case .ambiguous:
                    summary.removed.append(imported.name)
                    continue
                case .new:
                    break
                }
            }
            switch match {
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
            case .new(let namesakes):
                var contact = imported
                contact.id = ids.claim(Slug.make(from: imported.id.isEmpty ? imported.name : imported.id))
                contact.consent = .unknown  // only the user records consent
                if contact.segments.isEmpty { contact.segments = rules.segments(for: contact) }
                contacts.append(contact)
                keys.add(contact, at: contacts.count - 1)
                written.insert(contacts.count - 1)
                summary.created += 1
                for position in namesakes {
                    summary.likelyDuplicates.append(LikelyDuplicate(keep: contacts[position], drop: contact))
                }
            }
        }
        return summary
    }

    private func addingTags(of imported: Contact, to existing: Contact) -> Contact {
        var merged = existing
        guard existing.setBy[.tags] != .manual else { return merged }
        for tag in imported.tags where !merged.tags.contains(tag) { merged.tags.append(tag) }
        return merged
    }

    /// Source precedence, field by field: a field set or cleared by hand (`manual` in `set_by`) is
    /// never touched; an empty field takes the import's value; a field the same source set takes its
    /// newer value; a field another source set is kept. Addresses and profiles the contact lacks are
    /// added (the same source's new one becomes the first, the old one kept beside it). Tags are
    /// added to; segments are filled only while empty; notes and cadence stay as you left them. So
    /// LinkedIn, then vCard, then LinkedIn again settles, instead of flipping a contact between two
    /// positions and two emails.
    private func update(_ existing: Contact, with imported: Contact) -> Contact {
        var merged = existing
        let source = imported.source
        func byHand(_ field: ContactField) -> Bool { existing.setBy[field] == .manual }
        func take(_ field: ContactField, _ keyPath: WritableKeyPath<Contact, String>) {
            let new = imported[keyPath: keyPath], old = existing[keyPath: keyPath]
            guard !byHand(field), !new.isEmpty, old != new else { return }
            guard old.isEmpty || existing.owner(of: field) == source else { return }
            merged[keyPath: keyPath] = new
            merged.setBy[field] = source == merged.source ? nil : source
        }
        take(.name, \.name)
        take(.company, \.company)
        take(.position, \.position)
        if !byHand(.email) {
            merged.add(imported.emails, primary: \.email, others: \.otherEmails, field: .email, from: source) { $0.lowercased() }
        }
        if !byHand(.url) {
            merged.add(imported.urls, primary: \.url, others: \.otherURLs, field: .url, from: source) { ProfileURL.key($0) ?? $0 }
        }
        if !byHand(.connectedOn), let connectedOn = imported.connectedOn, connectedOn != existing.connectedOn,
           existing.connectedOn == nil || existing.owner(of: .connectedOn) == source {
            merged.connectedOn = connectedOn
            merged.setBy[.connectedOn] = source == merged.source ? nil : source
        }
        if merged.source == nil { merged.source = source }
        if !byHand(.tags) {
            for tag in imported.tags where !merged.tags.contains(tag) { merged.tags.append(tag) }
        }
        if merged.notes.isEmpty { merged.notes = imported.notes }
        for line in imported.cleaningNotes { merged.addNoteLine(line) }
        if merged.cadenceDays == nil { merged.cadenceDays = imported.cadenceDays }
        if !byHand(.segments), merged.segments.isEmpty {
            merged.segments = imported.segments.isEmpty ? rules.segments(for: merged) : imported.segments
        }
        return merged
    }
}

extension Contact {
    /// Adds the identities (emails or profile URLs, compared by `key`) this contact lacks. An empty
    /// primary takes the first; when the primary's source sends a new first value (a new address
    /// in this month's export), it becomes the primary and the old one is kept among the others.
    mutating func add(_ values: [String], primary: WritableKeyPath<Contact, String>, others: WritableKeyPath<Contact, [String]>,
                      field: ContactField, from source: ContactSource?, key: (String) -> String) {
        var known = Set(([self[keyPath: primary]] + self[keyPath: others]).filter { !$0.isEmpty }.map(key))
        for (index, value) in values.enumerated() where !value.isEmpty && !known.contains(key(value)) {
            known.insert(key(value))
            if self[keyPath: primary].isEmpty {
                self[keyPath: primary] = value
                setBy[field] = source == self.source ? nil : source
            } else if index == 0, owner(of: field) == source {
                self[keyPath: others].insert(self[keyPath: primary], at: 0)
                self[keyPath: primary] = value
            } else {
                self[keyPath: others].append(value)
            }
        }
    }
}
