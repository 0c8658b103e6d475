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
        try CSVTable.append(keys.map { [$0.key.text, day.text, $0.outcome] }, to: url, columns: Self.columns)
    }
}
