import Foundation
import Markdown
import Site

/// `network/contacts.csv`: reading with checks, writing whole.
struct ContactsFile {
    static let columns = ["id", "name", "email", "company", "position", "segments", "tags", "url",
                          "connected_on", "source", "cadence_days", "notes"]
    static let required: Set = ["id", "name"]

    let url: URL
    let display: String
    let config: SiteConfig

    func read() throws(LedgerFailure) -> [Contact] {
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        let table = try CSVTable.read(url, display: display, columns: Self.columns, required: Self.required)
        var contacts: [Contact] = []
        var errors: [LedgerError] = []
        var firstLine: [String: Int] = [:]
        for row in table.rows {
            var problems: [LedgerError] = []
            func problem(_ column: String, _ message: String, _ hint: String? = nil) {
                problems.append(LedgerError(file: display, line: row.line, column: column, message: message, hint: hint))
            }
            let id = row["id"]
            if id.isEmpty {
                problem("id", "is empty", "give every contact an id such as grace-hopper")
            } else if !Slug.isValid(id) {
                problem("id", "\"\(id)\" is not a slug", "use lowercase letters, digits and dashes, e.g. \(Slug.make(from: id))")
            } else if let first = firstLine[id] {
                problem("id", "\"\(id)\" is also the id on line \(first)", "ids must be unique: rename one of them")
            } else {
                firstLine[id] = row.line
            }
            if row["name"].isEmpty { problem("name", "is empty", "write the contact's name") }
            let email = row["email"]
            if !email.isEmpty, !email.contains("@") { problem("email", "\"\(email)\" is not an email address") }
            let segments = Self.list(row["segments"])
            for segment in segments where config.segment(segment) == nil {
                let closest = Suggestion.closest(to: segment, in: config.segments.map(\.slug)).first
                problem("segments", "\"\(segment)\" is not declared in goodwill.yml",
                        closest.map { "did you mean \"\($0)\"?" } ?? "declared: \(config.segments.map(\.slug).joined(separator: ", "))")
            }
            var connectedOn: ContentDate?
            if !row["connected_on"].isEmpty {
                switch ContentDate.parse(row["connected_on"]) {
                case .success(let date): connectedOn = date
                case .failure(let reason): problem("connected_on", "\"\(row["connected_on"])\" \(reason)", "write YYYY-MM-DD")
                }
            }
            var cadence: Int?
            if !row["cadence_days"].isEmpty {
                if let days = Int(row["cadence_days"]), days > 0 { cadence = days } else {
                    problem("cadence_days", "\"\(row["cadence_days"])\" is not a number of days", "write a whole number such as 30, or leave it empty")
                }
            }
            guard problems.isEmpty else { errors += problems; continue }
            contacts.append(Contact(
                id: id, name: row["name"], email: email, company: row["company"], position: row["position"],
                segments: segments, tags: Self.list(row["tags"]), url: row["url"], connectedOn: connectedOn,
                source: row["source"], cadenceDays: cadence, notes: row["notes"]))
        }
        errors += table.errors
        guard errors.isEmpty else { throw LedgerFailure(errors) }
        return contacts
    }

    func write(_ contacts: [Contact]) throws {
        let rows = [Self.columns] + contacts.map { contact in
            [contact.id, contact.name, contact.email, contact.company, contact.position,
             contact.segments.joined(separator: ";"), contact.tags.joined(separator: ";"), contact.url,
             contact.connectedOn?.text ?? "", contact.source, contact.cadenceDays.map(String.init) ?? "", contact.notes]
        }
        try DurableWrite.replace(url, with: CSVText.encode(rows))
    }

    /// `a; b;c` → `["a", "b", "c"]`.
    static func list(_ text: String) -> [String] {
        text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

/// A CSV file whose first record is a header of known column names.
struct CSVTable {
    struct Row {
        let fields: [String]
        let line: Int
        let index: [String: Int]

        subscript(column: String) -> String {
            guard let position = index[column], position < fields.count else { return "" }
            return fields[position]
        }
    }

    var rows: [Row]
    /// Rows with the wrong number of fields; reported alongside the caller's own checks.
    var errors: [LedgerError]

    static func read(_ url: URL, display: String, columns: [String], required: Set<String>) throws(LedgerFailure) -> CSVTable {
        let bytes: [UInt8]
        do { bytes = try FileIO.read(url.path) } catch {
            throw LedgerFailure([LedgerError(file: display, message: "cannot read: \(error)")])
        }
        let records: [CSVRecords.Record]
        do { records = try CSVRecords.parse(bytes) } catch {
            throw LedgerFailure([LedgerError(file: display, line: error.line, message: "a quoted field opened here is never closed",
                                             hint: "add the closing \" (write a quote inside a field as \"\")")])
        }
        guard let header = records.first else { return CSVTable(rows: [], errors: []) }
        var index: [String: Int] = [:]
        var errors: [LedgerError] = []
        for (position, name) in header.fields.enumerated() {
            let name = name.trimmingCharacters(in: .whitespaces)
            if !columns.contains(name) {
                errors.append(LedgerError(file: display, line: header.line, column: name.isEmpty ? "\(position + 1)" : name,
                                          message: "is not a column of this file", hint: "the columns are \(columns.joined(separator: ","))"))
            } else {
                index[name] = position
            }
        }
        for name in columns where required.contains(name) && index[name] == nil {
            errors.append(LedgerError(file: display, line: header.line, column: name, message: "is missing from the header",
                                      hint: "the first line must name the columns: \(columns.joined(separator: ","))"))
        }
        guard errors.isEmpty else { throw LedgerFailure(errors) }
        var rows: [Row] = []
        rows.reserveCapacity(records.count)
        for record in records.dropFirst() {
            if record.fields.count != header.fields.count {
                errors.append(LedgerError(file: display, line: record.line,
                                          message: "has \(record.fields.count) fields but the header has \(header.fields.count)",
                                          hint: "put quotes around a field that contains a comma"))
                continue
            }
            rows.append(Row(fields: record.fields, line: record.line, index: index))
        }
        return CSVTable(rows: rows, errors: errors)
    }
}
