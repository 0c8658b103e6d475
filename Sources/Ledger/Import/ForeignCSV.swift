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
            line += 1 + fields.reduce(0) { $0 + $1.reduce(0) { $0 + ($1 == "\n" || $1 == "\r\n" ? 1 : 0) } }
        }
        if let error = reader.error {
            throw Diagnostics([Diagnostic(file: file, line: line, message: "cannot read as CSV: \(error)",
                                             hint: "is a quoted field left open?")])
        }
        return rows
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
            let value = fields[position].components(separatedBy: " ::: ").first?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            if !value.isEmpty { return value }
        }
        return ""
    }

    func allValues(_ column: String, in index: [String: Int]) -> [String] {
        guard let position = index[column], position < fields.count else { return [] }
        return fields[position].components(separatedBy: " ::: ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
