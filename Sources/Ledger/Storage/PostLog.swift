import Core
import Foundation

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
        try CSVTable.append(posts.map { [$0.date.text, $0.channel.text, $0.ref, $0.link, $0.visibility, $0.source?.text ?? ""] },
                            to: url, columns: Self.columns)
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
