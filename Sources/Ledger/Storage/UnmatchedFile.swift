import Core
import Foundation

/// Someone an import found who is not a contact: never made one silently. `goodwill contacts
/// adopt IDENTITY` makes them one and imports their rows from `export`.
public struct UnmatchedPerson: Sendable, Equatable {
    /// The profile URL, or `name:` and the name when the export gives no URL.
    public var identity: String
    public var name: String
    public var firstSeen: ContentDate
    public var lastSeen: ContentDate
    public var messages: Int
    /// An article link went to them or came from them.
    public var articleLink: Bool
    /// The export they were last seen in, as given.
    public var export: String

    /// The same person seen again: first seen the earliest, last seen the latest, messages the
    /// most one export counted (each export holds the whole history), the newest export kept.
    func merged(with newer: UnmatchedPerson) -> UnmatchedPerson {
        var merged = newer
        if merged.name.isEmpty { merged.name = name }
        merged.firstSeen = min(firstSeen, newer.firstSeen)
        merged.lastSeen = max(lastSeen, newer.lastSeen)
        merged.messages = max(messages, newer.messages)
        merged.articleLink = articleLink || newer.articleLink
        return merged
    }
}

/// `network/unmatched.csv`, rewritten whole by each import: the people it could not match,
/// merged with those earlier imports listed (first seen the earliest, last seen the latest,
/// messages the most one export counted: each export holds the whole history).
struct UnmatchedFile {
    static let columns = ["identity", "name", "first_seen", "last_seen", "messages", "article_link", "export"]
    static let required: Set = ["identity"]

    let url: URL
    let display: String

    func read() throws(Diagnostics) -> [UnmatchedPerson] {
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        let display = self.display
        return try CSVTable.read(url, display: display, columns: Self.columns, required: Self.required) { row in
            guard let first = ContentDate(parsing: row[2]), let last = ContentDate(parsing: row[3]) else {
                return .problems([Diagnostic(file: display, line: row.line, field: "first_seen", message: "is not a date")])
            }
            return .value(UnmatchedPerson(identity: row[0], name: row[1], firstSeen: first, lastSeen: last, messages: Int(row[4]) ?? 0,
                                          articleLink: row[5] == "yes", export: row[6]))
        }
    }

    func write(_ people: [UnmatchedPerson]) throws {
        let rows = people.sorted { ($0.lastSeen, $0.identity) > ($1.lastSeen, $1.identity) }.map {
            [$0.identity, $0.name, $0.firstSeen.text, $0.lastSeen.text, String($0.messages), $0.articleLink ? "yes" : "no", $0.export]
        }
        try DurableWrite.replace(url, with: CSVText.encode([Self.columns] + rows))
    }
}
