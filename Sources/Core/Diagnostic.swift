/// One problem found in the author's input, where it is, and what to do about it: the single
/// error value every module reports and the CLI prints.
///
/// Printed the way compilers print, `file:line:column: error: message — hint`, so editors and
/// terminals can jump to the spot. A problem with a command-line argument names the argument
/// instead of a file: `--base-url: error: …`.
public struct Diagnostic: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable, Equatable, Comparable {
        /// Stops the command: nothing is written.
        case error
        /// Reported; the command goes on.
        case warning
        /// For information, such as a renamed slug that still resolves.
        case note

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs.rank < rhs.rank
        }

        private var rank: Int {
            switch self {
            case .error: return 0
            case .warning: return 1
            case .note: return 2
            }
        }
    }

    /// Where the problem is.
    public enum Location: Sendable, Equatable {
        /// A file, as the user would type its path (relative to the site folder when inside it).
        case file(String, line: Int?, column: Int?)
        /// A command-line argument or option, such as `--base-url` or `<contact>`.
        case argument(String)
        /// A value a caller handed to a module, by the name of its field (`date`, `contact`): the
        /// module does not know where the value came from, and the command that took it from its
        /// arguments names the argument (`naming(_:)`).
        case input(String)
    }

    /// What a diagnostic is, for code that must recognise one (`SetupWarnings.placeholderBaseURL`),
    /// so no caller has to match on a message's words. Modules declare their codes as statics.
    public struct Code: RawRepresentable, Hashable, Sendable {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
    }

    public var severity: Severity
    public var location: Location
    /// The part of a row the problem is in, for files whose columns have names (a CSV column
    /// such as `date`, a vCard property); nil elsewhere.
    public var field: String?
    public var message: String
    /// What to do about it.
    public var hint: String?
    /// Set on the diagnostics code recognises.
    public var code: Code?

    public init(_ severity: Severity = .error, at location: Location, field: String? = nil, message: String, hint: String? = nil,
                code: Code? = nil) {
        self.severity = severity
        self.location = location
        self.field = field
        self.message = message
        self.hint = hint
        self.code = code
    }

    /// A problem in a file.
    public init(file: String, line: Int? = nil, column: Int? = nil, field: String? = nil, message: String, hint: String? = nil,
                severity: Severity = .error) {
        self.init(severity, at: .file(file, line: line, column: column), field: field, message: message, hint: hint)
    }

    /// A problem with a command-line argument.
    public init(argument: String, message: String, hint: String? = nil) {
        self.init(.error, at: .argument(argument), message: message, hint: hint)
    }

    /// A problem with a value a caller handed in, by its field's name.
    public init(input field: String, message: String, hint: String? = nil) {
        self.init(.error, at: .input(field), message: message, hint: hint)
    }

    /// The same diagnostic, with a code that code can recognise it by.
    public func coded(_ code: Code) -> Diagnostic {
        var coded = self
        coded.code = code
        return coded
    }

    /// The same problem with each `input` field that `arguments` names (field → argument, such
    /// as `date` → `--date`) told as that argument, the way the user typed it.
    public func naming(_ arguments: [String: String]) -> Diagnostic {
        guard case .input(let field) = location, let argument = arguments[field] else { return self }
        var named = self
        named.location = .argument(argument)
        return named
    }

    /// The file's path, or the argument's name.
    public var file: String {
        switch location {
        case .file(let path, _, _): return path
        case .argument(let name), .input(let name): return name
        }
    }

    public var line: Int? {
        if case .file(_, let line, _) = location { return line }
        return nil
    }

    public var column: Int? {
        if case .file(_, _, let column) = location { return column }
        return nil
    }

    public var description: String {
        var text: String
        switch location {
        case .file(let path, let line, let column):
            text = path
            if let line {
                text += ":\(line)"
                if let column { text += ":\(column)" }
            }
        case .argument(let name), .input(let name):
            text = name
        }
        text += ": \(severity.rawValue): "
        if let field { text += "column \(field): " }
        text += message
        if let hint { text += " — \(hint)" }
        return text
    }

    /// File, line, column: the order problems are listed in, so a run's output never depends on
    /// which thread found what first.
    static func inReadingOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        (a.file, a.line ?? 0, a.column ?? 0, a.severity) < (b.file, b.line ?? 0, b.column ?? 0, b.severity)
    }
}

/// Every problem a command found, reported together rather than one per run, in reading order.
public struct Diagnostics: Error, Sendable, CustomStringConvertible {
    public private(set) var items: [Diagnostic]

    public init(_ items: [Diagnostic]) {
        self.items = items.sorted(by: Diagnostic.inReadingOrder)
    }

    public var errors: [Diagnostic] { items.filter { $0.severity == .error } }

    public var description: String {
        items.map(\.description).joined(separator: "\n")
    }
}
