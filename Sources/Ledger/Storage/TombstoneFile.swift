import Core
import Foundation

/// `network/removed.csv`: one row per contact removed or merged away, appended (`Tombstone`).
struct TombstoneFile {
    static let columns = ["id", "name", "company", "emails", "urls", "removed_on", "merged_into"]
    static let required: Set = ["id", "removed_on"]
    private static let id = 0, name = 1, company = 2, emails = 3, urls = 4, removedOn = 5, mergedInto = 6

    let url: URL
    let display: String

    func read() throws(Diagnostics) -> [Tombstone] {
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        let display = self.display
        return try CSVTable.read(url, display: display, columns: Self.columns, required: Self.required) { row in
            guard let day = ContentDate(parsing: row[Self.removedOn]) else {
                return .problems([Diagnostic(file: display, line: row.line, field: "removed_on",
                                             message: "\"\(row[Self.removedOn])\" is not a date", hint: "write YYYY-MM-DD")])
            }
            let into = row[Self.mergedInto]
            return .value(Tombstone(id: row[Self.id], name: row[Self.name], company: row[Self.company],
                                    emails: ContactsFile.list(row[Self.emails]), urls: ContactsFile.list(row[Self.urls]),
                                    removedOn: day, mergedInto: into.isEmpty ? nil : into))
        }
    }

    /// Appends `tombstone` (the header first, for a new file). Callers hold the ledger's lock.
    func append(_ tombstone: Tombstone) throws {
        try CSVTable.append([Self.row(tombstone)], to: url, columns: Self.columns)
    }

    func write(_ tombstones: [Tombstone]) throws {
        try DurableWrite.replace(url, with: CSVText.encode([Self.columns] + tombstones.map(Self.row)))
    }

    private static func row(_ tombstone: Tombstone) -> [String] {
        [tombstone.id, tombstone.name, tombstone.company, tombstone.emails.joined(separator: ";"), tombstone.urls.joined(separator: ";"),
         tombstone.removedOn.text, tombstone.mergedInto ?? ""]
    }
}
