import Core
import Foundation
import Ledger

/// A plain text table with columns padded to their widest cell, in terminal columns (a CJK
/// name is two wide per character).
struct Table {
    let text: String

    init(_ header: [String], _ rows: [[String]]) {
        text = TerminalWidth.table([header] + rows)
    }
}

/// `2024-03-12  shared    give-before-you-ask  via linkedin — "note"`.
struct TimelineLine {
    let text: String

    /// `dateWidth`: the widest date of the timeline, so entries with and without a time line up.
    /// `showingSource`: say whether an import found the row or the user typed it.
    init(_ activity: Activity, viewedFrom id: String, dateWidth: Int = 10, showingSource: Bool = false) {
        var text = "\(activity.date.text.padding(toLength: max(dateWidth, activity.date.text.count), withPad: " ", startingAt: 0))  \(activity.kind.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0))"
        if activity.kind == .intro && activity.ref == id {
            text += "introduced to \(activity.contact)"
        } else if activity.kind == .intro {
            text += "introduced to \(activity.ref)"
        } else {
            text += activity.ref
        }
        text = text.trimmingCharacters(in: .whitespaces)
        if let via = activity.via { text += " via \(via)" }
        if !activity.note.isEmpty { text += " — \(activity.note)" }
        // Found by an import or typed: the user should know which rows they vouch for.
        if showingSource { text += activity.source.map { "  [\($0.origin) export]" } ?? "  [typed]" }
        self.text = text
    }
}

/// Contacts as JSON for scripts: stable key order, ISO dates, `null` for what is not set.
enum ContactJSON {
    struct Object: Encodable {
        let contact: Contact

        enum Key: String, CodingKey {
            case id, name, email, company, position, segments, tags, url, source, notes, consent
            case connectedOn = "connected_on", cadenceDays = "cadence_days", otherEmails = "other_emails", otherURLs = "other_urls"
            case consentOn = "consent_on"
        }

        func encode(to encoder: Encoder) throws {
            var object = encoder.container(keyedBy: Key.self)
            try object.encode(contact.id, forKey: .id)
            try object.encode(contact.name, forKey: .name)
            try object.encode(contact.email, forKey: .email)
            try object.encode(contact.company, forKey: .company)
            try object.encode(contact.position, forKey: .position)
            try object.encode(contact.segments, forKey: .segments)
            try object.encode(contact.tags, forKey: .tags)
            try object.encode(contact.url, forKey: .url)
            try object.encode(contact.source?.text ?? "", forKey: .source)
            try object.encode(contact.notes, forKey: .notes)
            try object.encode(contact.connectedOn?.text, forKey: .connectedOn)
            try object.encode(contact.cadenceDays, forKey: .cadenceDays)
            try object.encode(contact.otherEmails, forKey: .otherEmails)
            try object.encode(contact.otherURLs, forKey: .otherURLs)
            try object.encode(contact.consent.text, forKey: .consent)
            try object.encode(contact.consent.day?.text, forKey: .consentOn)
        }
    }

    static func encode(_ contacts: [Contact]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(contacts.map(Object.init))) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}

/// A word for a POSIX shell: as is when it holds only safe characters, else in single quotes.
enum ShellWord {
    static func quoted(_ word: String) -> String {
        let safe = word.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || "-_./:@=+,".unicodeScalars.contains($0) }
        return !word.isEmpty && safe ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
