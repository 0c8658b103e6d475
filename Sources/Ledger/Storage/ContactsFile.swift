import Core
import Foundation

/// `network/contacts.csv`: reading with checks, writing whole.
struct ContactsFile {
    static let columns = ["id", "name", "email", "company", "position", "segments", "tags", "url",
                          "connected_on", "source", "cadence_days", "notes", "set_by",
                          "other_emails", "other_urls", "consent", "consent_on"]
    static let required: Set = ["id", "name"]

    /// Indexes into `columns`, for reading a row's fields.
    private enum Column {
        static let id = 0, name = 1, email = 2, company = 3, position = 4, segments = 5, tags = 6, url = 7,
                   connectedOn = 8, source = 9, cadenceDays = 10, notes = 11, setBy = 12,
                   otherEmails = 13, otherURLs = 14, consent = 15, consentOn = 16
    }

    let url: URL
    let display: String
    let settings: LedgerSettings

    func read() throws(Diagnostics) -> [Contact] {
        let (contacts, problems, _) = try readAll()
        guard problems.isEmpty else { throw Diagnostics(problems) }
        return contacts
    }

    /// The valid contacts, every problem of every row (duplicate ids included), and every id
    /// written, valid row or not.
    func readAll() throws(Diagnostics) -> (contacts: [Contact], problems: [Diagnostic], ids: Set<String>) {
        guard FileManager.default.fileExists(atPath: url.path) else { return ([], [], []) }
        // Rows are checked on their own first (in parallel); unique ids are checked after.
        // Each row comes back with its id and line even when it has problems: ids are compared
        // across every row, valid or not, since a row wrong for another reason must not hide
        // that its id is taken, nor make activity naming it look orphaned.
        let (rows, fieldCountProblems) = try CSVTable.readAll(url, display: display, columns: Self.columns, required: Self.required) { row in
            switch contact(from: row) {
            case .value(let made): return .value(ReadRow(contact: made.contact, id: made.contact.id, line: row.line, problems: []))
            case .problems(let problems): return .value(ReadRow(contact: nil, id: row[Column.id], line: row.line, problems: problems))
            }
        }
        var firstLine: [String: Int] = [:]
        var errors = fieldCountProblems + rows.flatMap(\.problems)
        var duplicated: Set<Int> = []
        for (id, line) in rows.map({ ($0.id, $0.line) }) where !id.isEmpty {
            if let first = firstLine[id] {
                errors.append(Diagnostic(file: display, line: line, field: "id", message: "\"\(id)\" is also the id on line \(first)",
                                         hint: "ids must be unique: rename one of them"))
                duplicated.insert(line)
            } else {
                firstLine[id] = line
            }
        }
        let contacts = rows.compactMap { row in row.contact.flatMap { duplicated.contains(row.line) ? nil : $0 } }
        return (contacts, errors, Set(rows.map(\.id).filter { !$0.isEmpty }))
    }

    /// One row as read: its contact when valid, and its id, line and problems either way.
    private struct ReadRow {
        var contact: Contact?
        var id: String
        var line: Int
        var problems: [Diagnostic]
    }

    private func contact(from row: CSVTable.Row) -> CSVTable.RowResult<(contact: Contact, line: Int)> {
            var problems: [Diagnostic] = []
            func problem(_ column: String, _ message: String, _ hint: String? = nil) {
                problems.append(Diagnostic(file: display, line: row.line, field: column, message: message, hint: hint))
            }
            let id = row[Column.id]
            let email = row[Column.email]
            let segments = Self.list(row[Column.segments])
            for found in ContactChecks.problems(id: id, name: row[Column.name], email: email, segments: segments, settings: settings) {
                problem(found.column, found.message, found.hint)
            }
            var connectedOn: ContentDate?
            if !row[Column.connectedOn].isEmpty {
                switch ContentDate.parse(row[Column.connectedOn]) {
                case .success(let date): connectedOn = date
                case .failure(let reason): problem("connected_on", "\"\(row[Column.connectedOn])\" \(reason)", "write YYYY-MM-DD")
                }
            }
            var cadence: Int?
            if !row[Column.cadenceDays].isEmpty {
                if let days = Int(row[Column.cadenceDays]), days > 0 { cadence = days } else {
                    problem("cadence_days", "\"\(row[Column.cadenceDays])\" is not a number of days", "write a whole number such as 30, or leave it empty")
                }
            }
            var setBy: [ContactField: ContactSource] = [:]
            for pair in Self.list(row[Column.setBy]) {
                let parts = pair.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                if parts.count == 2, let field = ContactField(rawValue: parts[0]), let source = ContactSource(parts[1]) {
                    setBy[field] = source
                } else {
                    problem("set_by", "\"\(pair)\" is not field:source",
                            "write e.g. email:manual; fields: \(ContactField.allCases.map(\.rawValue).joined(separator: ", "))")
                }
            }
            let otherEmails = Self.list(row[Column.otherEmails])
            for other in otherEmails where !EmailAddress.isPlausible(other) {
                problem("other_emails", "\"\(other)\" is not an email address", "separate addresses with ;")
            }
            var consent = EmailConsent.unknown
            let consentDay = ContentDate(parsing: row[Column.consentOn])
            switch row[Column.consent] {
            case "": break
            case "opted-in", "unsubscribed":
                guard let day = consentDay else {
                    problem("consent_on", "\"\(row[Column.consentOn])\" is not the day of the \(row[Column.consent])", "write YYYY-MM-DD")
                    break
                }
                consent = row[Column.consent] == "opted-in" ? .optedIn(day) : .unsubscribed(day)
            default:
                problem("consent", "\"\(row[Column.consent])\" is not a consent", "write opted-in or unsubscribed (with consent_on), or leave it empty")
            }
            guard problems.isEmpty else { return .problems(problems) }
            var contact = Contact(
                id: id, name: row[Column.name], email: email, company: row[Column.company], position: row[Column.position],
                segments: segments, tags: Self.list(row[Column.tags]), url: row[Column.url], connectedOn: connectedOn,
                source: ContactSource(row[Column.source]), cadenceDays: cadence, notes: row[Column.notes])
            contact.setBy = setBy
            contact.otherEmails = otherEmails
            contact.otherURLs = Self.list(row[Column.otherURLs])
            contact.consent = consent
            return .value((contact, row.line))
    }

    func write(_ contacts: [Contact]) throws {
        let rows = [Self.columns] + contacts.map { contact in
            [contact.id, contact.name, contact.email, contact.company, contact.position,
             contact.segments.joined(separator: ";"), contact.tags.joined(separator: ";"), contact.url,
             contact.connectedOn?.text ?? "", contact.source?.text ?? "", contact.cadenceDays.map(String.init) ?? "", contact.notes,
             contact.setBy.sorted { $0.key < $1.key }.map { "\($0.key.rawValue):\($0.value.text)" }.joined(separator: ";"),
             contact.otherEmails.joined(separator: ";"), contact.otherURLs.joined(separator: ";"),
             contact.consent.text, contact.consent.day?.text ?? ""]
        }
        try DurableWrite.replace(url, with: CSVText.encode(rows))
    }

    /// `a; b;c` → `["a", "b", "c"]`.
    static func list(_ text: String) -> [String] {
        text.split(separator: ";").map(\.trimmed).filter { !$0.isEmpty }
    }
}
