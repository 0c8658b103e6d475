import Core
import Ledger

/// Which share led to a conversation. Each `shared` row is followed by a conversation or not:
/// - a `replied` that names an article counts for that article's latest earlier share to the
///   same contact, whatever the time between them;
/// - an unnamed `replied`, or a `met`, counts for the most recent earlier share to that contact,
///   when it comes within the window after it (default 14 days: day 14 counts, day 15 does not).
/// A share followed by several conversations is still one converted share, so a conversation
/// rate is converted shares ÷ shares.
struct Attribution {
    static let defaultWindowDays = 14

    /// Indices into the ledger's activities of every share, and of those followed by a conversation.
    let shares: [Int]
    let converted: Set<Int>

    init(index: ActivityIndex, windowDays: Int = Attribution.defaultWindowDays, asOfDay: Int) {
        var shares: [Int] = []
        var converted: Set<Int> = []
        for (position, timeline) in index.timelines.enumerated() {
            let id = index.ledger.contacts[position].id
            var latestShareOf: [String: Int] = [:]
            var mostRecentShare: Int?
            for row in timeline {
                let activity = index.activity(row)
                guard activity.contact == id, activity.date.dayNumber <= asOfDay else { continue }
                switch activity.kind {
                case .shared:
                    shares.append(row)
                    latestShareOf[activity.ref] = row
                    mostRecentShare = row
                case .replied where !activity.ref.isEmpty:
                    if let share = latestShareOf[activity.ref] { converted.insert(share) }
                case .replied, .met:
                    if let share = mostRecentShare,
                       activity.date.dayNumber - index.activity(share).date.dayNumber <= windowDays {
                        converted.insert(share)
                    }
                default:
                    break
                }
            }
        }
        self.shares = shares.sorted()
        self.converted = converted
    }
}

/// Shares and the conversations that followed them, counted.
struct ConversationCount: Equatable {
    var shares = 0
    var conversations = 0

    mutating func add(converted: Bool) {
        shares += 1
        if converted { conversations += 1 }
    }

    var rate: Double { shares == 0 ? 0 : Double(conversations) / Double(shares) }
}
