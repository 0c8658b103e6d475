import Core
import Foundation

/// Recording who agreed to a digest and who said no more (`EmailConsent`). Only these commands
/// change consent: imports never do, and an unsubscribe stays until the person asks again.
extension LedgerStore {
    public enum ConsentChange: Sendable, Equatable {
        /// They said yes. `theyAsked`: they asked again after an unsubscribe.
        case optIn(theyAsked: Bool)
        case unsubscribe
    }

    /// What `recordConsent` did to one contact.
    public struct ConsentRecord: Sendable {
        public var contact: Contact
        public var before: EmailConsent
        public var changed: Bool { contact.consent != before }
    }

    /// Records `change` for each contact named by id or by any of its addresses (`Name <a@b>`
    /// is read as `a@b`, so lines copied from a mail client's "no more" replies work). Every name
    /// is resolved first: when one matches no contact, nothing is changed.
    public func recordConsent(_ names: [String], _ change: ConsentChange, on day: ContentDate) throws -> [ConsentRecord] {
        try updateContacts { contacts in
            var byEmail: [String: Int] = [:]
            for (position, contact) in contacts.enumerated() {
                for email in contact.emails where byEmail[email.lowercased()] == nil { byEmail[email.lowercased()] = position }
            }
            var positions: [Int] = []
            var unknown: [String] = []
            for name in names {
                let address = Self.address(in: name)
                if let position = contacts.firstIndex(where: { $0.id == name }) ?? byEmail[address.lowercased()] {
                    if !positions.contains(position) { positions.append(position) }
                } else {
                    unknown.append(name)
                }
            }
            guard unknown.isEmpty else {
                let closest = unknown.count == 1 ? Ledger.unknownContact(unknown[0], among: contacts.map(\.id)).hint : nil
                throw Diagnostic(input: "id", message: "no contact has the id or email \(unknown.map { "\"\($0)\"" }.joined(separator: ", "))",
                                 hint: (closest.map { $0 + "; " } ?? "") + "nothing was changed")
            }
            var records: [ConsentRecord] = []
            for position in positions {
                let before = contacts[position].consent
                switch (change, before) {
                case (.unsubscribe, .unsubscribed):
                    break  // the first no stands, with its day
                case (.unsubscribe, _):
                    contacts[position].consent = .unsubscribed(day)
                case (.optIn, .optedIn):
                    break
                case (.optIn(let theyAsked), .unsubscribed(let on)):
                    guard theyAsked else {
                        throw Diagnostic(input: "id", message: "\(contacts[position].name) (\(contacts[position].id)) unsubscribed on \(on.text)",
                                         hint: "an unsubscribe stands; only if they asked to get the digest again, add --they-asked; nothing was changed")
                    }
                    contacts[position].consent = .optedIn(day)
                case (.optIn, .unknown):
                    contacts[position].consent = .optedIn(day)
                }
                records.append(ConsentRecord(contact: contacts[position], before: before))
            }
            return records
        }
    }

    /// `Ana Lima <ana@x.example>` → `ana@x.example`; anything else as written, trimmed.
    static func address(in text: String) -> String {
        if let open = text.lastIndex(of: "<"), let close = text.lastIndex(of: ">"), open < close {
            return String(text[text.index(after: open)..<close]).trimmingCharacters(in: .whitespaces)
        }
        return text.trimmingCharacters(in: .whitespaces)
    }
}
