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
    init(_ activity: Activity, viewedFrom id: String, dateWidth: Int = 10) {
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
        self.text = text
    }
}

/// Contacts as JSON for scripts: stable key order, ISO dates.
enum ContactJSON {
    static func encode(_ contacts: [Contact]) -> String {
        let objects: [[String: Any]] = contacts.map { contact in
            var object: [String: Any] = [
                "id": contact.id, "name": contact.name, "email": contact.email, "company": contact.company,
                "position": contact.position, "segments": contact.segments, "tags": contact.tags, "url": contact.url,
                "source": contact.source?.text ?? "", "notes": contact.notes,
            ]
            object["connected_on"] = contact.connectedOn?.text ?? NSNull()
            object["cadence_days"] = contact.cadenceDays ?? NSNull()
            return object
        }
        let data = (try? JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
