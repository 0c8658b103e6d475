import CSV
import Core
import Foundation

/// Rows of an exported CSV file read with CSV.swift, each with the line it starts on
/// (counted from the newlines inside quoted fields, which CSV.swift does not report).
struct ForeignCSV {
    struct Row {
        var fields: [String]
        var line: Int
    }

    static func rows(_ text: String, file: String) throws(Diagnostics) -> [Row] {
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }  // Google's BOM
        let reader: CSVReader
        do { reader = try CSVReader(string: text) } catch {
            throw Diagnostics([Diagnostic(file: file, line: 1, message: "cannot read as CSV: \(error)")])
        }
        var rows: [Row] = []
        var line = 1
        while let fields = reader.next() {
            rows.append(Row(fields: fields, line: line))
            // Line feeds by byte: a "\r\n" holds one, and a message export has 100,000 contents to count.
            line += 1 + fields.reduce(0) { $0 + $1.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } }
        }
        if let error = reader.error {
            throw Diagnostics([Diagnostic(file: file, line: line, message: "cannot read as CSV: \(error)",
                                             hint: "is a quoted field left open?")])
        }
        return rows
    }

    /// The same rows read with the ledger's own byte reader (`CSVRecords`), on every core: for
    /// exports of a hundred thousand rows (LinkedIn's messages.csv), where CSV.swift's character
    /// reader takes most of the import. Blank lines are skipped, as by every reader here.
    static func largeRows(_ text: String, file: String) throws(Diagnostics) -> [Row] {
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        do {
            return try CSVRecords.parse(bytes, threads: ProcessInfo.processInfo.activeProcessorCount).map { Row(fields: $0.fields, line: $0.line) }
        } catch {
            throw Diagnostics([Diagnostic(file: file, line: error.line, message: "has a quoted field that is never closed",
                                          hint: "download the export again: the file was cut short")])
        }
    }

    /// Column name → position, for a header row.
    static func index(_ header: [String]) -> [String: Int] {
        var index: [String: Int] = [:]
        for (position, name) in header.enumerated() where index[name] == nil {
            index[name.trimmingCharacters(in: .whitespaces)] = position
        }
        return index
    }
}

extension ForeignCSV.Row {
    /// The first of `columns` present with a value; Google puts several values in one cell
    /// joined by ` ::: `, of which the first is the primary one.
    func value(_ columns: [String], in index: [String: Int]) -> String {
        for column in columns {
            guard let position = index[column], position < fields.count else { continue }
            let value = fields[position].components(separatedBy: " ::: ").first?.trimmed ?? ""
            if !value.isEmpty { return value }
        }
        return ""
    }

    func allValues(_ column: String, in index: [String: Int]) -> [String] {
        guard let position = index[column], position < fields.count else { return [] }
        return fields[position].components(separatedBy: " ::: ").map(\.trimmed).filter { !$0.isEmpty }
    }
}
