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

    /// A contact's activity, oldest first.
    public func timeline(of id: String) -> [Activity] {
        activities.filter { $0.contact == id || ($0.kind == .intro && $0.ref == id) }
            .sorted { ($0.date, $0.line) < ($1.date, $1.line) }
    }
}
