import Core
import Foundation

/// `network/imported.csv`: the source key of every row an import has ever found, appended after
/// the rows themselves. A key here is never imported again — so a row the user removed stays
/// removed — and a key in activity.csv's `source` column counts as here too, so a crash between
/// the two appends neither loses nor doubles a row.
struct ImportedKeys {
    static let columns = ["source", "imported_on", "outcome"]
    static let required: Set = ["source"]

    let url: URL
    let display: String

    /// Each key with what became of it.
    func read() throws(Diagnostics) -> [SourceKey: String] {
        guard FileManager.default.fileExists(atPath: url.path) else { return [:] }
        let keys = try CSVTable.read(url, display: display, columns: Self.columns, required: Self.required) { row in
            .value(SourceKey(row[0]).map { ($0, row[2]) })
        }
        return Dictionary(keys.compactMap { $0 }, uniquingKeysWith: { first, _ in first })
    }

    /// Appends keys with what became of each (`added`, `typed already`), the header first for a new file.
    func append(_ keys: [(key: SourceKey, outcome: String)], on day: ContentDate) throws {
        guard !keys.isEmpty else { return }
        if !FileManager.default.fileExists(atPath: url.path) {
            try DurableWrite.replace(url, with: CSVText.encode([Self.columns]))
        }
        try DurableWrite.append(CSVText.encode(keys.map { [$0.key.text, day.text, $0.outcome] }), to: url)
    }
}

/// `network/posts.csv`: the user's public posts that link an article — broadcasts to whoever
/// follows them, kept apart from shares to a person.
struct PostLog {
    static let columns = ["date", "channel", "ref", "link", "visibility", "source"]
    static let required: Set = ["date", "ref", "source"]

    let url: URL
    let display: String

    func read() throws(Diagnostics) -> [Post] {
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        let display = self.display
        return try CSVTable.read(url, display: display, columns: Self.columns, required: Self.required) { row in
            guard let date = ContentDate(parsing: row[0]) else {
                return .problems([Diagnostic(file: display, line: row.line, field: "date", message: "\"\(row[0])\" is not a date")])
            }
            return .value(Post(date: date, channel: Channel(row[1]) ?? .linkedin, ref: row[2], link: row[3], visibility: row[4],
                               source: SourceKey(row[5])))
        }
    }

    func append(_ posts: [Post]) throws {
        guard !posts.isEmpty else { return }
        if !FileManager.default.fileExists(atPath: url.path) {
            try DurableWrite.replace(url, with: CSVText.encode([Self.columns]))
        }
        try DurableWrite.append(CSVText.encode(posts.map { [$0.date.text, $0.channel.text, $0.ref, $0.link, $0.visibility, $0.source?.text ?? ""] }), to: url)
    }
}

/// One public post linking an article (`network/posts.csv`).
public struct Post: Sendable, Equatable {
    public var date: ContentDate
    public var channel: Channel
    public var ref: String
    public var link: String
    public var visibility: String
    public var source: SourceKey?
}
