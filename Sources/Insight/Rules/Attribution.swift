import Core
import Ledger

/// Which share led to a conversation. Each `shared` row is followed by a conversation or not:
/// - a `replied` that names an article counts for that article's latest earlier share to the
///   same contact, whatever the time between them;
/// - an unnamed `replied`, or a `met`, counts for the one earlier share to that contact that it
///   comes within the window after (default 14 days: day 14 counts, day 15 does not). When it
///   comes within the window of two or more shares, which one it answered is **unclear**: those
///   shares are left out of every conversation rate (neither converted nor failed), unless
///   another conversation converted them, so the first article of a burst is not penalised.
/// A share followed by several conversations is still one converted share, so a conversation
/// rate is converted shares ÷ (shares − unclear ones).
struct Attribution {
    static let defaultWindowDays = 14

    /// What a conversation followed.
    enum Link: Equatable {
        /// The share it answered, and whether it named the article.
        case share(Int32, named: Bool)
        /// Two or more shares inside the window, newest first.
        case unclear([Int32])
        /// No share it can be credited to.
        case none(Unfollowed)
    }

    /// Why a conversation followed no share.
    enum Unfollowed: Equatable {
        /// Nothing had been shared with them before it.
        case noShareBefore
        /// The latest share came more than the window before it (days after it).
        case outsideWindow(days: Int, share: Int32)
        /// It names an article never shared with them before it.
        case namedNotShared
    }

    let windowDays: Int
    /// Indices into the ledger's activities of every share of a published article, of those
    /// followed by a conversation, and of those whose conversation is unclear.
    let shares: [Int32]
    let converted: Set<Int32>
    let unclear: Set<Int32>
    /// Every conversation row (`replied`, `met`) up to the as-of day, in ledger order, with its
    /// contact's position and what it followed.
    let conversations: [(row: Int32, contact: Int32, link: Link)]

    init(index: ActivityIndex, windowDays: Int = Attribution.defaultWindowDays, asOfDay: Int) {
        var shares: [Int32] = []
        var converted: Set<Int32> = []
        var maybe: Set<Int32> = []
        var conversations: [(row: Int32, contact: Int32, link: Link)] = []
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
                    if let share = sharesSoFar.last(where: { index.articleRefs[Int($0)] == index.articleRefs[r] }) {
                        converted.insert(share)
                        conversations.append((row, Int32(position), .share(share, named: true)))
                    } else {
                        conversations.append((row, Int32(position), .none(.namedNotShared)))
                    }
                case .replied, .met:
                    let inWindow = sharesSoFar.reversed().prefix { index.days[r] - index.days[Int($0)] <= windowDays }
                    switch inWindow.count {
                    case 0:
                        if let last = sharesSoFar.last {
                            conversations.append((row, Int32(position), .none(.outsideWindow(days: index.days[r] - index.days[Int(last)], share: last))))
                        } else {
                            conversations.append((row, Int32(position), .none(.noShareBefore)))
                        }
                    case 1:
                        converted.insert(inWindow[inWindow.startIndex])
                        conversations.append((row, Int32(position), .share(inWindow[inWindow.startIndex], named: false)))
                    default:
                        maybe.formUnion(inWindow)
                        conversations.append((row, Int32(position), .unclear(Array(inWindow))))
                    }
                default:
                    break  // an intro naming them, a give, an ask, or something received
                }
            }
        }
        self.windowDays = windowDays
        self.shares = shares.sorted()
        self.converted = converted
        self.unclear = maybe.subtracting(converted)
        self.conversations = conversations.sorted { $0.row < $1.row }
    }

    /// Whether the row is a share this attribution counted (up to the as-of day).
    func isShare(_ row: Int32) -> Bool {
        shares.binarySearchContains(row)
    }

    /// How the share counts in a rate.
    func outcome(of share: Int32) -> ConversationCount.Outcome {
        converted.contains(share) ? .converted : unclear.contains(share) ? .unclear : .notConverted
    }

    /// Conversation rows credited to a share, clearly or not: what an introduction cannot claim.
    var creditedToShares: Set<Int32> {
        var rows: Set<Int32> = []
        for conversation in conversations {
            switch conversation.link {
            case .share, .unclear: rows.insert(conversation.row)
            case .none: break
            }
        }
        return rows
    }
}

/// Shares and the conversations that followed them, counted; shares whose conversation is
/// unclear are counted apart and left out of the rate.
struct ConversationCount: Equatable {
    enum Outcome { case converted, notConverted, unclear }

    var shares = 0
    var conversations = 0
    var unclear = 0

    mutating func add(_ outcome: Outcome) {
        shares += 1
        switch outcome {
        case .converted: conversations += 1
        case .unclear: unclear += 1
        case .notConverted: break
        }
    }

    /// Shares a rate is computed over: those not unclear.
    var rated: Int { shares - unclear }

    /// conversations ÷ rated shares; nil with none.
    var rate: Double? { rated == 0 ? nil : Double(conversations) / Double(rated) }
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
