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

    /// Indices into the ledger's activities of every share of a published article, and of
    /// those followed by a conversation.
    let shares: [Int32]
    let converted: Set<Int32>

    init(index: ActivityIndex, windowDays: Int = Attribution.defaultWindowDays, asOfDay: Int) {
        var shares: [Int32] = []
        var converted: Set<Int32> = []
        for position in index.ledger.contacts.indices {
            // Timelines are short (tens of rows): the shares so far are searched backwards.
            var sharesSoFar: [Int32] = []
            for row in index.timeline(ofContactAt: position, through: asOfDay) {
                let r = Int(row)
                switch index.kinds[r] {
                case .shared where index.articleRefs[r] >= 0:
                    shares.append(row)
                    sharesSoFar.append(row)
                case .replied where index.articleRefs[r] >= 0:
                    if let share = sharesSoFar.last(where: { index.articleRefs[Int($0)] == index.articleRefs[r] }) { converted.insert(share) }
                case .replied where index.ledger.activities[r].ref.isEmpty, .met:
                    if let share = sharesSoFar.last, index.days[r] - index.days[Int(share)] <= windowDays {
                        converted.insert(share)
                    }
                default:
                    break  // an intro naming them, a give or an ask, or a reply about an unpublished slug
                }
            }
        }
        self.shares = shares.sorted()
        self.converted = converted
    }

    /// Whether the row is a share this attribution counted (up to the as-of day).
    func isShare(_ row: Int32) -> Bool {
        shares.binarySearchContains(row)
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

extension [Int32] {
    /// `contains` on a sorted array.
    func binarySearchContains(_ value: Int32) -> Bool {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < count && self[low] == value
    }
}
