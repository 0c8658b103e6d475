import Core
import Foundation

/// A CSV file whose first record is a header of known column names, read row by row into
/// the caller's values.
struct CSVTable {
    /// The fields of one row, looked up by the column's index in the file type's column list
    /// (resolved once against the header: a dictionary lookup per field cost a fifth of the
    /// time of reading a million rows).
    struct Row {
        let fields: [String]
        let line: Int
        /// For each declared column, its position in this file, or -1 when absent.
        let positions: [Int]

        subscript(column: Int) -> String {
            let position = positions[column]
            return position >= 0 ? fields[position] : ""
        }
    }

    enum RowResult<Value: Sendable>: Sendable {
        case value(Value)
        case problems([Diagnostic])
    }

    /// Reads `url`, checks its header against `columns`, and maps every row with `makeValue`;
    /// rows with the wrong number of fields are reported without reaching it.
    static func read<Value: Sendable>(
        _ url: URL, display: String, columns: [String], required: Set<String>,
        _ makeValue: @Sendable (Row) -> RowResult<Value>
    ) throws(Diagnostics) -> [Value] {
        let (values, problems) = try readAll(url, display: display, columns: columns, required: required, makeValue)
        guard problems.isEmpty else { throw Diagnostics(problems) }
        return values
    }

    /// Every row's value or problems: a file whose rows can be read reports all their problems at
    /// once (`goodwill check` runs every rule in one pass). Throws only when no row can be read
    /// (the file, its header or an unclosed quote).
    static func readAll<Value: Sendable>(
        _ url: URL, display: String, columns: [String], required: Set<String>,
        _ makeValue: @Sendable (Row) -> RowResult<Value>
    ) throws(Diagnostics) -> (values: [Value], problems: [Diagnostic]) {
        let bytes: [UInt8]
        do { bytes = try FileIO.read(url.path) } catch {
            throw Diagnostics([Diagnostic(file: display, message: "cannot read: \(error)")])
        }
        var positions: [Int]?
        var headerCount = 0
        var headerErrors: [Diagnostic] = []
        // The header is the first record: read it alone, then the rest in parallel.
        let headerEnd = bytes.firstIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? bytes.count
        let header: [CSVRecords.Record]
        do { header = try CSVRecords.parse(Array(bytes[..<headerEnd])) } catch {
            throw Diagnostics([unclosedQuote(display, line: error.line)])
        }
        if let names = header.first?.fields {
            (positions, headerErrors) = check(header: names, line: 1, display: display, columns: columns, required: required)
            headerCount = names.count
        }
        guard headerErrors.isEmpty else { throw Diagnostics(headerErrors) }
        guard let positions else { return ([], []) }
        let fieldCount = headerCount
        let results: [RowResult<Value>]
        do {
            results = try CSVRecords.visit(bytes, from: headerEnd, threads: ProcessInfo.processInfo.activeProcessorCount) { fields, bodyLine in
                let line = bodyLine + 1
                guard fields.count == fieldCount else {
                    return .problems([Diagnostic(file: display, line: line, message: "has \(fields.count) fields but the header has \(fieldCount)",
                                                  hint: "put quotes around a field that contains a comma")])
                }
                return makeValue(Row(fields: fields, line: line, positions: positions))
            }
        } catch {
            throw Diagnostics([unclosedQuote(display, line: error.line + 1)])
        }
        var values: [Value] = []
        values.reserveCapacity(results.count)
        var errors: [Diagnostic] = []
        for result in results {
            switch result {
            case .value(let value): values.append(value)
            case .problems(let problems): errors += problems
            }
        }
        return (values, errors)
    }

    /// Appends `rows` in one synced write, writing the header `columns` first when the file is new.
    static func append(_ rows: [[String]], to url: URL, columns: [String]) throws {
        guard !rows.isEmpty else { return }
        if !FileManager.default.fileExists(atPath: url.path) {
            try DurableWrite.replace(url, with: CSVText.encode([columns]))
        }
        try DurableWrite.append(CSVText.encode(rows), to: url)
    }

    private static func unclosedQuote(_ display: String, line: Int) -> Diagnostic {
        Diagnostic(file: display, line: line, message: "a quoted field opened here is never closed",
                    hint: "add the closing \" (write a quote inside a field as \"\")")
    }

    private static func check(header: [String], line: Int, display: String, columns: [String],
                              required: Set<String>) -> ([Int], [Diagnostic]) {
        var positions: [String: Int] = [:]
        var errors: [Diagnostic] = []
        for (position, raw) in header.enumerated() {
            let name = raw.trimmingCharacters(in: .whitespaces)
            if !columns.contains(name) {
                errors.append(Diagnostic(file: display, line: line, field: name.isEmpty ? "\(position + 1)" : name,
                                          message: "is not a column of this file", hint: "the columns are \(columns.joined(separator: ","))"))
            } else {
                positions[name] = position
            }
        }
        for name in columns where required.contains(name) && positions[name] == nil {
            errors.append(Diagnostic(file: display, line: line, field: name, message: "is missing from the header",
                                      hint: "the first line must name the columns: \(columns.joined(separator: ","))"))
        }
        return (columns.map { positions[$0] ?? -1 }, errors)
    }
}
