import Core
import Foundation

/// Changes rows of `network/activity.csv` in one atomic replace (temporary file, sync, rename):
/// the rows `change` names are rewritten or dropped, and every other line is kept byte for byte,
/// so a merge or a rename fix shows in `git diff` as exactly the rows it touched. Callers hold
/// the ledger's lock.
enum ActivityRewrite {
    enum Change {
        case keep
        case replace([String])
        case remove
    }

    struct Summary: Equatable {
        var changed = 0
        var removed = 0
    }

    /// `change` gets each data row's fields and a lookup of the header's column positions.
    static func apply(to url: URL, display: String, _ change: ([String], [String: Int]) -> Change) throws -> Summary {
        try apply(to: url, display: display) { fields, columns, _ in change(fields, columns) }
    }

    /// The same, with the line each row starts on (as errors and `goodwill log rm --line` count).
    static func apply(to url: URL, display: String, _ change: ([String], [String: Int], Int) -> Change) throws -> Summary {
        try apply(to: url, display: display, header: nil, change)
    }

    /// The same, with the header's fields replaced by `header(fields)` (a column added).
    static func apply(to url: URL, display: String, header newHeader: (([String]) -> [String])?,
                      _ change: ([String], [String: Int]) -> Change) throws -> Summary {
        try apply(to: url, display: display, header: newHeader) { fields, columns, _ in change(fields, columns) }
    }

    private static func apply(to url: URL, display: String, header newHeader: (([String]) -> [String])?,
                              _ change: ([String], [String: Int], Int) -> Change) throws -> Summary {
        guard FileManager.default.fileExists(atPath: url.path) else { return Summary() }
        let bytes = try FileIO.read(url.path)
        let records: [CSVRecords.Record]
        do { records = try CSVRecords.parse(bytes) } catch {
            throw Diagnostic(file: display, line: error.line, message: "a quoted field opened here is never closed",
                             hint: "fix the file first (goodwill check shows every problem), then run this again")
        }
        guard let header = records.first else { return Summary() }
        let columns = Dictionary(header.fields.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        // The file's lines, each with its line break, so untouched records are copied as written.
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            lines.append(bytes[start...index])
            start = index + 1
        }
        if start < bytes.count { lines.append(bytes[start...]) }
        var summary = Summary()
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        // Lines before the header's (none, or a BOM's line) and the header itself stay.
        let firstData = records.count > 1 ? records[1].line : lines.count + 1
        if let newHeader {
            output += Array(CSVText.encode([newHeader(header.fields)]).utf8)
        } else {
            for line in lines.prefix(firstData - 1) { output += line }
        }
        for (position, record) in records.enumerated().dropFirst() {
            let end = position + 1 < records.count ? records[position + 1].line - 1 : lines.count
            let span = lines[(record.line - 1)..<max(record.line - 1, end)]
            switch change(record.fields, columns, record.line) {
            case .keep:
                for line in span { output += line }
            case .replace(let fields):
                summary.changed += 1
                output += Array(CSVText.encode([fields]).utf8)
            case .remove:
                summary.removed += 1
            }
        }
        if summary != Summary() || newHeader != nil {
            try DurableWrite.replace(url, with: String(decoding: output, as: UTF8.self))
        }
        return summary
    }
}
