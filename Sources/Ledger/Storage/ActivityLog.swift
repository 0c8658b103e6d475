import Core
import Foundation

/// `network/activity.csv`: an append-only log, one row per thing that happened.
struct ActivityLog {
    static let columns = ["date", "kind", "contact", "ref", "via", "note"]
    static let required: Set = ["date", "kind", "contact"]
    private static let date = 0, kind = 1, contact = 2, ref = 3, via = 4, note = 5

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
                                       via: Channel(row[Self.via]), note: row[Self.note], line: row.line))
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

    /// The row as a CSV line, ready to append.
    static func line(for activity: Activity) -> String {
        CSVText.encode([[activity.date.text, activity.kind.rawValue, activity.contact, activity.ref, activity.via?.text ?? "", activity.note]])
    }
}
