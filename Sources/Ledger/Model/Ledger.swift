import Core

/// The whole private ledger, read and checked.
public struct Ledger: Sendable {
    /// In file order.
    public var contacts: [Contact]
    /// In file order (which `goodwill log` keeps chronological by appending).
    public var activities: [Activity]

    public init(contacts: [Contact], activities: [Activity]) {
        self.contacts = contacts
        self.activities = activities
    }

    public func contact(_ id: String) -> Contact? {
        contacts.first { $0.id == id }
    }

    /// The contact with this id, or an error at `field` (an `input` diagnostic, which the
    /// command names as its argument) that names the closest ids.
    public func requireContact(_ id: String, field: String = "contact") throws(Diagnostic) -> Contact {
        guard let contact = contact(id) else {
            let unknown = Self.unknownContact(id, among: contacts.map(\.id))
            throw Diagnostic(input: field, message: unknown.message, hint: unknown.hint)
        }
        return contact
    }

    /// "no contact has the id …", with the closest ids: the one wording for every command and file.
    static func unknownContact(_ id: String, among ids: [String]) -> (message: String, hint: String) {
        let closest = DidYouMean.closest(to: id, in: ids.sorted())
        return ("no contact has the id \"\(id)\"",
                closest.isEmpty ? "add the contact to network/contacts.csv first; goodwill contacts list shows them" : "closest ids: \(closest.joined(separator: ", "))")
    }

    static let slugHintLimit = 200

    /// Rows whose `ref` names an article that is not published: a share or a reply is about
    /// something the reader could read. The same rule `goodwill log` applies before appending.
    /// A ref to an article since renamed (`renamed`: old slug → new) is a note, not an error: the
    /// row still counts for the article, and `goodwill check --fix-renames` rewrites it.
    public func unpublishedArticleRefs(published: Set<String>, renamed: [String: String] = [:], file: String) -> [Diagnostic] {
        var hints: [String: String] = [:]  // one hint per slug, however many rows name it
        let sorted = published.sorted()
        return activities.compactMap { activity in
            guard activity.kind.refersToArticle, !activity.ref.isEmpty, !published.contains(activity.ref) else { return nil }
            if let now = renamed[activity.ref] {
                return Diagnostic(file: file, line: activity.line, field: "ref",
                                  message: "\"\(activity.ref)\" was renamed \"\(now)\" (its aliases keep the old address); this row counts for it",
                                  hint: "goodwill check --fix-renames rewrites such refs", severity: .note)
            }
            // Past a few hundred unknown slugs the ledger needs a bulk fix, not typo hints, and
            // a closest-slug search per row among thousands of slugs grows as their product.
            let hint = hints[activity.ref]
                ?? (hints.count < Self.slugHintLimit ? ArticleRefs.hint(for: activity.ref, sortedPublished: sorted) : ArticleRefs.bulkHint)
            hints[activity.ref] = hint
            return Diagnostic(file: file, line: activity.line, field: "ref",
                              message: "no published article has the slug \"\(activity.ref)\"", hint: hint)
        }
    }

    /// The ledger with refs to renamed articles (old slug → new) following the rename, so that
    /// suggestions and reports count a share of `pricing-your-first-deal` for the article now
    /// called `pricing-first-deals`. The file is not changed.
    public func followingRenames(_ renamed: [String: String]) -> Ledger {
        guard !renamed.isEmpty else { return self }
        var ledger = self
        for index in ledger.activities.indices where ledger.activities[index].kind.refersToArticle {
            if let now = renamed[ledger.activities[index].ref] { ledger.activities[index].ref = now }
        }
        return ledger
    }

    /// A contact's activity, oldest first.
    public func timeline(of id: String) -> [Activity] {
        activities.filter { $0.names(id) }
            .sorted { ($0.date, $0.line) < ($1.date, $1.line) }
    }
}
