import Core

/// `--as-of`: the day that counts as today.
enum AsOf {
    /// The day written; `argument` names the option in errors.
    static func day(_ written: String, argument: String = "--as-of") throws -> ContentDate {
        switch ContentDate.parse(written) {
        case .success(let date) where date.isDateOnly: return date
        case .success: throw Diagnostic(argument: argument, message: "\"\(written)\" has a time", hint: "write a day, YYYY-MM-DD")
        case .failure(let reason): throw Diagnostic(argument: argument, message: "\"\(written)\" \(reason)", hint: "write a day, YYYY-MM-DD")
        }
    }
}
