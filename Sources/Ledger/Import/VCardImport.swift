import Core
import Foundation

/// vCard 3.0 and 4.0 (RFC 2426, RFC 6350): many cards per file, folded lines, escaped
/// `\,` `\;` `\n`. Reads FN (or N), ORG, TITLE, EMAIL, URL, NOTE and CATEGORIES (→ tags).
enum VCardImport {
    static func parse(_ text: String, file: String) throws(Diagnostics) -> ImportBatch {
        var batch = ImportBatch()
        var card: [(name: String, value: String)]?
        var cardLine = 0
        for (line, number) in unfold(text) {
            guard let colon = line.firstIndex(of: ":") else { continue }
            var name = String(line[..<colon]).uppercased()
            let value = String(line[line.index(after: colon)...])
            if let semicolon = name.firstIndex(of: ";") { name = String(name[..<semicolon]) }
            if let dot = name.lastIndex(of: ".") { name = String(name[name.index(after: dot)...]) }  // item1.EMAIL
            switch name {
            case "BEGIN" where value.uppercased() == "VCARD":
                card = []
                cardLine = number
            case "END" where value.uppercased() == "VCARD":
                if let fields = card {
                    if let contact = contact(from: fields) { batch.contacts.append(contact) } else { batch.skipped += 1 }
                }
                card = nil
            default:
                card?.append((name, value))
            }
        }
        if card != nil {
            throw Diagnostics([Diagnostic(file: file, line: cardLine, message: "a card opened with BEGIN:VCARD is never closed",
                                             hint: "end it with END:VCARD")])
        }
        return batch
    }

    /// Joins folded lines (a line starting with a space or tab continues the one before),
    /// keeping the number of each logical line's first physical line.
    static func unfold(_ text: String) -> [(String, Int)] {
        var lines: [(String, Int)] = []
        var number = 0
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            number += 1
            var line = String(raw)
            if line.hasSuffix("\r") { line.removeLast() }
            if let first = line.first, first == " " || first == "\t", !lines.isEmpty {
                lines[lines.count - 1].0 += line.dropFirst()
            } else if !line.isEmpty {
                lines.append((line, number))
            }
        }
        return lines
    }

    private static func contact(from fields: [(name: String, value: String)]) -> Contact? {
        func first(_ name: String) -> String? { fields.first { $0.name == name }?.value }
        var name = first("FN").map { unescape($0) } ?? ""
        if name.isEmpty, let structured = first("N") {
            // N is Family;Given;Additional;Prefix;Suffix.
            let parts = splitUnescaped(structured, on: ";").map(unescape)
            name = [parts.count > 3 ? parts[3] : "", parts.count > 1 ? parts[1] : "", parts.count > 2 ? parts[2] : "", parts[0]]
                .filter { !$0.isEmpty }.joined(separator: " ")
        }
        name = name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { return nil }
        let organization = first("ORG").map { unescape(splitUnescaped($0, on: ";").first ?? "") } ?? ""
        let tags = fields.filter { $0.name == "CATEGORIES" }
            .flatMap { splitUnescaped($0.value, on: ",") }
            .map { unescape($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        // Every EMAIL and URL line, in the card's order (PREF is not honoured: the first is primary).
        func all(_ name: String) -> [String] {
            fields.filter { $0.name == name }.map { unescape($0.value).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        let emails = all("EMAIL"), urls = all("URL") + all("X-SOCIALPROFILE")
        var contact = Contact(
            id: "", name: name, email: emails.first ?? "", company: organization,
            position: first("TITLE").map(unescape) ?? "", tags: tags, url: urls.first ?? "",
            source: .vcard, notes: first("NOTE").map(unescape) ?? "")
        contact.otherEmails = Array(emails.dropFirst())
        contact.otherURLs = Array(urls.dropFirst())
        return contact
    }

    /// Splits on `separator` where it is not escaped by a backslash.
    static func splitUnescaped(_ text: String, on separator: Character) -> [String] {
        var parts: [String] = []
        var current = ""
        var escaped = false
        for character in text {
            if escaped {
                current.append("\\")
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == separator {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current)
        return parts
    }

    /// `\n` → newline, `\,` → `,`, `\;` → `;`, `\\` → `\`.
    static func unescape(_ text: String) -> String {
        var result = ""
        var escaped = false
        for character in text {
            if escaped {
                switch character {
                case "n", "N": result.append("\n")
                default: result.append(character)
                }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}
