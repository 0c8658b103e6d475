import Core
import Foundation

/// Taking back a row of `network/activity.csv` (`goodwill log rm`, `goodwill log edit`): under
/// the ledger's lock, through the same checks as `goodwill log`, in one atomic rewrite that keeps
/// every other line byte for byte.
extension LedgerStore {
    /// Which row: the one starting on a line of the file (as `check` and `contacts show` count), or
    /// the last one.
    public enum ActivityRow: Sendable, Equatable {
        case line(Int)
        case last
    }

    /// Removes one row and returns it, so the caller can say how to log it again.
    @discardableResult
    public func removeActivity(_ row: ActivityRow) throws -> Activity {
        try FileManager.default.createDirectory(at: files.root, withIntermediateDirectories: true)
        return try FileLock.withExclusiveLock(at: files.lock) {
            let target = try find(row)
            _ = try ActivityRewrite.apply(to: files.activity, display: files.display(files.activity)) { _, _, line in
                line == target.line ? .remove : .keep
            }
            return target
        }
    }

    /// Changes one row: `edit` gets it as a `NewActivity` (the date as written), and the result
    /// passes every check `goodwill log` makes before it replaces the row.
    public func editActivity(_ row: ActivityRow, publishedArticles: Set<String>, unpublished: [String: String] = [:], today: Today,
                             _ edit: (inout NewActivity) -> Void) throws -> (before: Activity, after: Activity) {
        try FileManager.default.createDirectory(at: files.root, withIntermediateDirectories: true)
        return try FileLock.withExclusiveLock(at: files.lock) {
            let before = try find(row)
            var new = NewActivity(kind: before.kind, contact: before.contact, ref: before.ref, via: before.via,
                                  date: before.date.text, note: before.note)
            edit(&new)
            var after = try checkAll([new], publishedArticles: publishedArticles, unpublished: unpublished, today: today)[0]
            after.line = before.line
            _ = try ActivityRewrite.apply(to: files.activity, display: files.display(files.activity)) { fields, columns, line in
                guard line == before.line else { return .keep }
                var fields = fields
                let values = ["date": after.date.text, "kind": after.kind.rawValue, "contact": after.contact, "ref": after.ref,
                              "via": after.via?.text ?? "", "note": after.note]
                for (column, value) in values {
                    if let position = columns[column], position < fields.count { fields[position] = value }
                }
                return .replace(fields)
            }
            return (before, after)
        }
    }

    /// The row asked for, read with every check; an unknown line names the nearest rows.
    private func find(_ row: ActivityRow) throws -> Activity {
        let known = Set(try contactsFile.read().map(\.id))
        let activities = try activityLog.read(knownContacts: known)
        switch row {
        case .last:
            guard let last = activities.max(by: { $0.line < $1.line }) else {
                throw Diagnostic(input: "line", message: "network/activity.csv has no rows", hint: "nothing to take back")
            }
            return last
        case .line(let line):
            guard let found = activities.first(where: { $0.line == line }) else {
                let lines = activities.map(\.line)
                throw Diagnostic(input: "line", message: "no row of network/activity.csv starts on line \(line)",
                                 hint: lines.isEmpty ? "the file has no rows" : "rows start on lines \(lines.first!)–\(lines.last!); goodwill contacts show ID lists a contact's rows")
            }
            return found
        }
    }
}
