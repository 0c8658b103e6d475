import Core

/// The rules every contact meets, whether read from contacts.csv or made by
/// `goodwill contacts add` and `edit`: one place, so both say the same thing.
enum ContactChecks {
    struct Problem: Equatable {
        /// The contacts.csv column.
        var column: String
        var message: String
        var hint: String?
    }

    static func problems(id: String, name: String, email: String, segments: [String], settings: LedgerSettings) -> [Problem] {
        var problems: [Problem] = []
        if id.isEmpty {
            problems.append(Problem(column: "id", message: "is empty", hint: "give every contact an id such as grace-hopper"))
        } else if !Slug.isValid(id) {
            problems.append(Problem(column: "id", message: "\"\(id)\" is not a slug", hint: "use lowercase letters, digits and dashes, e.g. \(Slug.make(from: id))"))
        }
        if name.isEmpty { problems.append(Problem(column: "name", message: "is empty", hint: "write the contact's name")) }
        if !email.isEmpty, !EmailAddress.isPlausible(email) {
            problems.append(Problem(column: "email", message: "\"\(email)\" is not an email address"))
        }
        for segment in segments where !settings.isDeclared(segment) {
            let closest = DidYouMean.closest(to: segment, in: settings.segments).first
            problems.append(Problem(column: "segments", message: "\"\(segment)\" is not declared in goodwill.yml",
                                    hint: closest.map { "did you mean \"\($0)\"?" } ?? "declared: \(settings.segments.joined(separator: ", "))"))
        }
        return problems
    }

    static func problems(of contact: Contact, settings: LedgerSettings) -> [Problem] {
        problems(id: contact.id, name: contact.name, email: contact.email, segments: contact.segments, settings: settings)
            + contact.otherEmails.filter { !EmailAddress.isPlausible($0) }
                .map { Problem(column: "other_emails", message: "\"\($0)\" is not an email address") }
    }
}
