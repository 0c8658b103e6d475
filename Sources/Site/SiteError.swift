/// A problem with the site's input, where it is and what to do about it.
///
/// Printed the way compilers print, `file:line:column: error: message — hint`, so
/// editors and terminals can jump to the spot.
public struct SiteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Path as the user would type it, relative to the site folder when inside it.
    public var file: String
    public var line: Int?
    public var column: Int?
    public var message: String
    /// What to do about it.
    public var hint: String?
    /// A warning does not stop a build; `goodwill check` prints it.
    public var isWarning = false

    public init(file: String, line: Int? = nil, column: Int? = nil, message: String, hint: String? = nil, isWarning: Bool = false) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.hint = hint
        self.isWarning = isWarning
    }

    public var description: String {
        var location = file
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        var text = "\(location): \(isWarning ? "warning" : "error"): \(message)"
        if let hint { text += " — \(hint)" }
        return text
    }
}

/// Every error a build found; a build reports them all at once rather than one per run.
public struct BuildFailure: Error, Sendable, CustomStringConvertible {
    public var errors: [SiteError]

    public init(_ errors: [SiteError]) {
        self.errors = errors.sorted { ($0.file, $0.line ?? 0, $0.column ?? 0) < ($1.file, $1.line ?? 0, $1.column ?? 0) }
    }

    public var description: String {
        let noun = errors.count == 1 ? "error" : "errors"
        return (errors.map(\.description) + ["build failed with \(errors.count) \(noun); site/ was left as it was"])
            .joined(separator: "\n")
    }
}
