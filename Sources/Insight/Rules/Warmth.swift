/// How warm a relationship is: the conversations had with the contact (their `replied` and
/// `met` rows, any time up to the as-of day) and how recent the last one was —
/// conversations ÷ (conversations + 2) × 1 ÷ (1 + days since the last ÷ 180). 0 with no
/// conversation yet; one today is ⅓; three, the last a month ago, about 0.51.
///
/// A contact with nothing in the ledger yet, of any kind, is **cold**: "never in touch" is not
/// "overdue", so suggestions give cold contacts a small allowance of their own instead of
/// letting hundreds of imported connections outrank the people who answer.
struct Warmth {
    static let recencyDays = 180.0

    struct Value: Equatable {
        var conversations = 0
        var daysSinceLast: Int?
        var part: Double {
            guard let days = daysSinceLast, conversations > 0 else { return 0 }
            return Double(conversations) / Double(conversations + 2) / (1 + Double(max(0, days)) / Warmth.recencyDays)
        }
    }

    let index: ActivityIndex
    let asOfDay: Int

    func value(ofContactAt position: Int) -> Value {
        var value = Value()
        for row in index.timeline(ofContactAt: position, through: asOfDay) where index.kinds[Int(row)].isConversation {
            value.conversations += 1
            value.daysSinceLast = asOfDay - index.days[Int(row)]
        }
        return value
    }

    func isCold(contactAt position: Int) -> Bool {
        index.timeline(ofContactAt: position, through: asOfDay).isEmpty
    }
}
