import Core

/// What `goodwill log` says about a row it accepts but a person would look at twice: a second
/// share of an article the contact already has, a reply naming an article never sent to them,
/// a reply dated before the share it names. Warnings, not errors: each can be true.
extension Ledger {
    public func warnings(for new: Activity) -> [String] {
        guard new.kind.refersToArticle, !new.ref.isEmpty else { return [] }
        let name = contact(new.contact)?.name ?? new.contact
        let shares = activities.filter { $0.kind == .shared && $0.contact == new.contact && $0.ref == new.ref }
            .sorted { $0.date.secondsSinceEpoch < $1.date.secondsSinceEpoch }
        switch new.kind {
        case .shared:
            guard let first = shares.first else { return [] }
            return ["\(name) already has \(new.ref) (shared on \(first.date.text)\(first.via.map { " via \($0.text)" } ?? "")): this is a resend"]
        case .replied:
            guard let first = shares.first else {
                return ["\(new.ref) was never shared with \(name): is the reply about another article? (goodwill contacts show \(new.contact) lists what they got)"]
            }
            if new.date.dayNumber < first.date.dayNumber {
                return ["the reply is dated \(new.date.text), before \(new.ref) was shared with \(name) on \(first.date.text)"]
            }
            return []
        default:
            return []
        }
    }
}
