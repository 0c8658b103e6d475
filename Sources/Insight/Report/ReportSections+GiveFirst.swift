import Core

/// Give first: gives and asks by month, overall, and per contact.
extension ReportSections {
    func giveFirst() -> GiveFirstSummary {
        var gives = 0, asks = 0
        var months: [Int: (gives: Int, asks: Int)] = [:]  // year × 12 + month − 1
        for (row, activity) in input.ledger.activities.enumerated() where period.contains(index.days[row]) {
            let kind = index.kinds[row]
            guard kind.isGive || kind.isAsk else { continue }
            let month = activity.date.year * 12 + activity.date.month - 1
            if kind.isGive { gives += 1; months[month, default: (0, 0)].gives += 1 } else { asks += 1; months[month, default: (0, 0)].asks += 1 }
        }
        var byMonth: [GiveFirstSummary.Month] = []
        if let first = months.keys.min(), let last = months.keys.max() {
            // Every month from the first to the last, so a quiet month shows as a gap in the chart.
            for month in first...last {
                let counts = months[month] ?? (0, 0)
                byMonth.append(.init(month: String(format: "%04d-%02d", month / 12, month % 12 + 1), gives: counts.gives, asks: counts.asks))
            }
        }
        let balance = GiveBalance(index: index, asOfDay: period.untilDay)
        var balances: [GiveFirstSummary.ContactBalance] = []
        for (position, contact) in contacts.enumerated() {
            let account = balance.account(ofContactAt: position)
            guard account.asks > 0 else { continue }
            balances.append(.init(contact: contact.id, name: contact.name, givesBeforeFirstAsk: account.givesBeforeFirstAsk,
                                  askedBeforeGiven: account.askedBeforeGiven))
        }
        balances.sort { ($0.askedBeforeGiven ? 0 : 1, $0.givesBeforeFirstAsk, $0.contact) < ($1.askedBeforeGiven ? 0 : 1, $1.givesBeforeFirstAsk, $1.contact) }
        return GiveFirstSummary(gives: gives, asks: asks, byMonth: byMonth, contacts: balances)
    }
}
