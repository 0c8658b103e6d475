import Core
import Foundation

/// What an import changed.
public struct ImportSummary: Sendable, Equatable, CustomStringConvertible {
    public var created = 0
    public var updated = 0
    public var unchanged = 0
    public var skipped = 0

    public var description: String {
        "\(created) created, \(updated) updated, \(unchanged) unchanged, \(skipped) skipped"
    }
}

/// Merges imported contacts into the ledger so that importing the same file twice changes
/// nothing, and what the writer set by hand (segments, notes, cadence) survives every import.
///
/// A contact is the same person when the profile URL matches, else the email, else the
/// normalised name together with the company.
struct ContactMerger {
    let rules: SegmentRules

    func merge(_ batch: ImportBatch, into contacts: inout [Contact]) -> ImportSummary {
        var summary = ImportSummary(skipped: batch.skipped)
        var keys = MatchKeys(contacts)
        var ids = UniqueSlugs(taken: Set(contacts.map(\.id)), fallback: "contact", firstSuffix: 2)
        for imported in batch.contacts {
            if let position = keys.match(imported) {
                let merged = update(contacts[position], with: imported)
                if merged == contacts[position] {
                    summary.unchanged += 1
                } else {
                    contacts[position] = merged
                    keys.add(merged, at: position)
                    summary.updated += 1
                }
            } else {
                var contact = imported
                contact.id = ids.claim(Slug.make(from: imported.id.isEmpty ? imported.name : imported.id))
                if contact.segments.isEmpty { contact.segments = rules.segments(for: contact) }
                contacts.append(contact)
                keys.add(contact, at: contacts.count - 1)
                summary.created += 1
            }
        }
        return summary
    }

    /// Fields the export knows better (a new job, a new email) are taken when given;
    /// tags are added to; segments, notes and cadence stay as the writer left them.
    private func update(_ existing: Contact, with imported: Contact) -> Contact {
        var merged = existing
        func take(_ keyPath: WritableKeyPath<Contact, String>) {
            if !imported[keyPath: keyPath].isEmpty { merged[keyPath: keyPath] = imported[keyPath: keyPath] }
        }
        take(\.name)
        take(\.email)
        take(\.company)
        take(\.position)
        take(\.url)
        if merged.source.isEmpty { merged.source = imported.source }
        if let connectedOn = imported.connectedOn { merged.connectedOn = connectedOn }
        for tag in imported.tags where !merged.tags.contains(tag) { merged.tags.append(tag) }
        if merged.notes.isEmpty { merged.notes = imported.notes }
        if merged.cadenceDays == nil { merged.cadenceDays = imported.cadenceDays }
        if merged.segments.isEmpty { merged.segments = imported.segments.isEmpty ? rules.segments(for: merged) : imported.segments }
        return merged
    }
}

/// Lookup tables for matching an imported contact to one already in the ledger.
struct MatchKeys {
    private var byURL: [String: Int] = [:]
    private var byEmail: [String: Int] = [:]
    private var byNameAndCompany: [String: Int] = [:]
    private var byID: [String: Int] = [:]

    init(_ contacts: [Contact]) {
        for (position, contact) in contacts.enumerated() { add(contact, at: position) }
    }

    mutating func add(_ contact: Contact, at position: Int) {
        if let url = Self.url(contact.url) { byURL[url] = position }
        if !contact.email.isEmpty { byEmail[contact.email.lowercased()] = position }
        byNameAndCompany[Self.nameAndCompany(contact)] = position
        if !contact.id.isEmpty { byID[contact.id] = position }
    }

    func match(_ contact: Contact) -> Int? {
        if !contact.id.isEmpty, let position = byID[contact.id] { return position }
        if let url = Self.url(contact.url), let position = byURL[url] { return position }
        if !contact.email.isEmpty, let position = byEmail[contact.email.lowercased()] { return position }
        return byNameAndCompany[Self.nameAndCompany(contact)]
    }

    /// `https://www.linkedin.com/in/Grace-Hopper/?trk=x` → `linkedin.com/in/grace-hopper`.
    static func url(_ text: String) -> String? {
        var url = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard !url.isEmpty else { return nil }
        for prefix in ["https://", "http://"] where url.hasPrefix(prefix) { url.removeFirst(prefix.count) }
        if url.hasPrefix("www.") { url.removeFirst(4) }
        if let query = url.firstIndex(where: { $0 == "?" || $0 == "#" }) { url = String(url[..<query]) }
        while url.hasSuffix("/") { url.removeLast() }
        return url
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
