import Core
import Ledger

/// The ledger indexed once, in one pass, so that every rule looks up instead of scanning:
/// each contact's timeline, what was sent to whom, who was introduced to whom.
struct ActivityIndex {
    let ledger: Ledger
    /// Contact id → position in `ledger.contacts`.
    let position: [String: Int]
    /// By contact position: indices into `ledger.activities` of every row that touches the
    /// contact (their own rows, and intros where they are the other side), oldest first.
    let timelines: [[Int]]
    /// By contact position: the slugs of every article shared with them, on any channel.
    let sent: [Set<String>]
    /// Unordered pairs of contact ids already introduced to each other.
    let introduced: Set<ContactPair>

    init(_ ledger: Ledger) {
        self.ledger = ledger
        var position: [String: Int] = [:]
        position.reserveCapacity(ledger.contacts.count)
        for (index, contact) in ledger.contacts.enumerated() { position[contact.id] = index }
        var timelines = [[Int]](repeating: [], count: ledger.contacts.count)
        var sent = [Set<String>](repeating: [], count: ledger.contacts.count)
        var introduced: Set<ContactPair> = []
        for (index, activity) in ledger.activities.enumerated() {
            guard let owner = position[activity.contact] else { continue }
            timelines[owner].append(index)
            switch activity.kind {
            case .shared: sent[owner].insert(activity.ref)
            case .intro:
                introduced.insert(ContactPair(activity.contact, activity.ref))
                if let other = position[activity.ref] { timelines[other].append(index) }
            default: break
            }
        }
        let activities = ledger.activities
        for contact in timelines.indices where timelines[contact].count > 1 {
            // File order is nearly chronological already (`goodwill log` appends); the line breaks ties.
            timelines[contact].sort {
                let a = activities[$0], b = activities[$1]
                return (a.date.dayNumber, a.date.secondsSinceEpoch, a.line, $0) < (b.date.dayNumber, b.date.secondsSinceEpoch, b.line, $1)
            }
        }
        self.position = position
        self.timelines = timelines
        self.sent = sent
        self.introduced = introduced
    }

    func activity(_ index: Int) -> Activity { ledger.activities[index] }
}

/// Two contacts, in either order.
struct ContactPair: Hashable {
    let first: String
    let second: String

    init(_ a: String, _ b: String) {
        (first, second) = a < b ? (a, b) : (b, a)
    }
}
