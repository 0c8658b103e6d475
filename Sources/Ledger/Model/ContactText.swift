import Core

extension Contact {
    /// The fields that must stay on one line, as `OneLine` keeps them.
    static var oneLineFields: [(ContactField, WritableKeyPath<Contact, String>)] {
        [(.name, \.name), (.company, \.company), (.position, \.position)]
    }

    /// The contact with its name, company and position on one line (`OneLine`), and an email that
    /// is not a plausible address dropped (`droppingBadEmail`: an import's; one typed by hand is
    /// refused by `ContactChecks` instead). What was changed is kept, escaped, as a line of the
    /// notes (`Text cleaned: name was "Eve\r\nBcc: x@evil.test"`), so nothing an export held is
    /// lost. Applied to every import row and to `contacts add` and `edit`.
    public func withCleanText(droppingBadEmail: Bool = true) -> Contact {
        var contact = self
        var kept: [String] = []
        for (field, keyPath) in Self.oneLineFields {
            let raw = self[keyPath: keyPath]
            let clean = OneLine.clean(raw)
            if clean != raw {
                contact[keyPath: keyPath] = clean
                kept.append("\(field.rawValue) was \"\(OneLine.visible(raw))\"")
            }
        }
        if droppingBadEmail {
            for email in contact.emails where !EmailAddress.isPlausible(email) {
                kept.append("email was \"\(OneLine.visible(email))\"")
            }
            let plausible = contact.emails.filter(EmailAddress.isPlausible)
            contact.email = plausible.first ?? ""
            contact.otherEmails = Array(plausible.dropFirst())
        }
        if !kept.isEmpty { contact.addNoteLine("Text cleaned: " + kept.joined(separator: "; ")) }
        return contact
    }

    /// Adds `line` to the notes unless they hold it already (a re-import adds nothing).
    mutating func addNoteLine(_ line: String) {
        guard !notes.contains(line) else { return }
        notes += (notes.isEmpty ? "" : "\n") + line
    }

    /// The notes' lines that `withCleanText` wrote.
    var cleaningNotes: [String] {
        notes.split(separator: "\n").filter { $0.hasPrefix("Text cleaned: ") }.map(String.init)
    }
}

/// The one test an email address passes before the ledger keeps it: an `@` with something on
/// each side, and nothing that would end a header or split an address list (control
/// characters, spaces, `<`, `>`, `,`, `;`). Deliverability is the mail server's business.
public enum EmailAddress {
    public static func isPlausible(_ text: String) -> Bool {
        guard let at = text.lastIndex(of: "@"), at != text.startIndex, text.index(after: at) != text.endIndex else { return false }
        return !text.unicodeScalars.contains { OneLine.breaks($0) || " <>,;\"".unicodeScalars.contains($0) }
    }
}
