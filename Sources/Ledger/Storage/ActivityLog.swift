import Core
import Foundation

/// `network/activity.csv`: an append-only log, one row per thing that happened.
struct ActivityLog {
    /// `source` is written only once an import has added a row: a ledger typed by hand keeps
    /// its six columns.
    static let columns = ["date", "kind", "contact", "ref", "via", "note", "source"]
    static let typedColumns = Array(columns.prefix(6))
    static let required: Set = ["date", "kind", "contact"]
    private static let date = 0, kind = 1, contact = 2, ref = 3, via = 4, note = 5, source = 6

    let url: URL
    let display: String

    /// Reads every row, checking each against the contacts it names.
    func read(knownContacts: Set<String>) throws(Diagnostics) -> [Activity] {
        let (activities, problems) = try readAll(knownContacts: knownContacts)
        guard problems.isEmpty else { throw Diagnostics(problems) }
        return activities
    }

    /// The valid rows and every problem of every row.
    func readAll(knownContacts: Set<String>) throws(Diagnostics) -> (activities: [Activity], problems: [Diagnostic]) {
        guard FileManager.default.fileExists(atPath: url.path) else { return ([], []) }
        let display = self.display
        let (values, problems) = try CSVTable.readAll(url, display: display, columns: Self.columns, required: Self.required) { row in
            switch Self.check(date: row[Self.date], kind: row[Self.kind], contact: row[Self.contact], ref: row[Self.ref],
                              knownContacts: knownContacts) {
            case .success(let (date, kind)):
                return .value(Activity(date: date, kind: kind, contact: row[Self.contact], ref: row[Self.ref],
                                       via: Channel(row[Self.via]), note: row[Self.note], line: row.line,
                                       source: SourceKey(row[Self.source])))
            case .failure(let problem):
                return .problems([Diagnostic(file: display, line: row.line, field: problem.column, message: problem.message, hint: problem.hint)])
            }
        }
        return (values, problems)
    }

    /// What is wrong with one row, before it is placed: in a file row (the CSV column) or in
    /// `goodwill log`'s arguments.
    struct Problem: Error {
        var column: String
        var message: String
        var hint: String?
    }

    /// The checks every row passes, whether read from the file or about to be appended.
    static func check(date: String, kind: String, contact: String, ref: String,
                      knownContacts: Set<String>) -> Result<(ContentDate, ActivityKind), Problem> {
        let parsedDate: ContentDate
        switch ContentDate.parse(date) {
        case .success(let value): parsedDate = value
        case .failure(let reason):
            return .failure(Problem(column: "date", message: "\"\(date)\" \(reason)", hint: "write YYYY-MM-DD or 2024-03-12T09:30:00+01:00"))
        }
        guard let parsedKind = ActivityKind(rawValue: kind) else {
            let kinds = ActivityKind.allCases.map(\.rawValue)
            let closest = DidYouMean.closest(to: kind, in: kinds).first
            return .failure(Problem(column: "kind", message: "\"\(kind)\" is not a kind of activity",
                                    hint: (closest.map { "did you mean \"\($0)\"? " } ?? "") + "kinds: \(kinds.joined(separator: ", "))"))
        }
        guard knownContacts.contains(contact) else {
            return .failure(unknownContact(contact, column: "contact", known: knownContacts))
        }
        switch parsedKind {
        case .intro:
            guard !ref.isEmpty else {
                return .failure(Problem(column: "ref", message: "an intro needs the id of the other contact", hint: "put it in ref"))
            }
            guard ref != contact else {
                return .failure(Problem(column: "ref", message: "an intro needs two different contacts"))
            }
            guard knownContacts.contains(ref) else { return .failure(unknownContact(ref, column: "ref", known: knownContacts)) }
        case .shared:
            guard !ref.isEmpty else {
                return .failure(Problem(column: "ref", message: "a share needs the article's slug", hint: "put it in ref"))
            }
        default:
            break
        }
        return .success((parsedDate, parsedKind))
    }

    static func unknownContact(_ id: String, column: String, known: Set<String>) -> Problem {
        let unknown = Ledger.unknownContact(id, among: Array(known))
        return Problem(column: column, message: unknown.message, hint: unknown.hint)
    }

    /// The row as a CSV line in the file's own column order (people reorder columns in a
    /// spreadsheet), ready to append.
    static func line(for activity: Activity, header: [String] = typedColumns) -> String {
        CSVText.encode([header.map { field(named: $0, of: activity) }])
    }

    static func field(named column: String, of activity: Activity) -> String {
        switch column {
        case "date": return activity.date.text
        case "kind": return activity.kind.rawValue
        case "contact": return activity.contact
        case "ref": return activity.ref
        case "via": return activity.via?.text ?? ""
        case "note": return activity.note
        case "source": return activity.source?.text ?? ""
        default: return ""
        }
    }

    /// The column names of the file's header, or nil when there is no file yet.
    func header() throws -> [String]? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        // Only the first line: `goodwill log` appends one row to a ledger of a million.
        let file = try FileHandle(forReadingFrom: url)
        defer { try? file.close() }
        var bytes: [UInt8] = []
        while !bytes.contains(UInt8(ascii: "\n")), let chunk = try file.read(upToCount: 1 << 16), !chunk.isEmpty {
            bytes += chunk
        }
        let end = bytes.firstIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? bytes.count
        let records: [CSVRecords.Record]
        do { records = try CSVRecords.parse(Array(bytes[..<end])) } catch {
            throw Diagnostic(file: display, line: 1, message: "the header's quoted field is never closed")
        }
        return records.first?.fields.map { $0.trimmingCharacters(in: .whitespaces) } ?? []
    }

    /// Appends `activities` in one synced write, in the columns of the file's header, first
    /// adding a `source` column to a file that has none when a row carries one. Callers hold
    /// the lock.
    func append(_ activities: [Activity]) throws {
        guard !activities.isEmpty else { return }
        let needsSource = activities.contains { $0.source != nil }
        guard var header = try header(), !header.isEmpty else {
            let header = needsSource ? Self.columns : Self.typedColumns
            try DurableWrite.replace(url, with: CSVText.encode([header]) + activities.map { Self.line(for: $0, header: header) }.joined())
            return
        }
        if needsSource, !header.contains("source") {
            try addSourceColumn()
            header.append("source")
        }
        try DurableWrite.append(activities.map { Self.line(for: $0, header: header) }.joined(), to: url)
    }

    /// Rewrites the file with an empty `source` field on every row, in one atomic replace.
    private func addSourceColumn() throws {
        _ = try ActivityRewrite.apply(to: url, display: display, header: { $0 + ["source"] }) { fields, _ in .replace(fields + [""]) }
    }
}
