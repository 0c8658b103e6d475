/// A problem with the private ledger or an import file: where, what, and what to do.
///
/// Printed as `file:line: column <name>: message — hint`, the shape the ledger issue asks for,
/// so a writer can open the CSV at that line and see which cell is wrong.
public struct LedgerError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    /// The CSV column (by header name) or vCard property the problem is in.
    public var column: String?
    public var message: String
    public var hint: String?

    public init(file: String, line: Int? = nil, column: String? = nil, message: String, hint: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.hint = hint
    }

    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        text += ": "
        if let column { text += "column \(column): " }
        text += message
        if let hint { text += " — \(hint)" }
        return text
    }
}

/// Every problem found while reading the ledger, reported together.
public struct LedgerFailure: Error, Sendable, CustomStringConvertible {
    public var errors: [LedgerError]

    public init(_ errors: [LedgerError]) { self.errors = errors }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
