import Core

/// Give first: gives and asks by month, overall, and per contact asked in the period. Personal
/// gives and digest messages are counted apart (`GiveBalance`).
extension ReportSections {
    func giveFirst() -> GiveFirstSummary {
        var gives = 0, asks = 0, digestGives = 0
        var months: [Int: (gives: Int, asks: Int, digest: Int)] = [:]  // year × 12 + month − 1
        for row in index.kinds.indices where index.counted[row] && period.contains(index.days[row]) {
            let kind = index.kinds[row]
            guard kind.isGive || kind.isAsk else { continue }
            let date = input.ledger.activities[row].date
            let month = date.year * 12 + date.month - 1
            if kind.isAsk {
                asks += 1; months[month, default: (0, 0, 0)].asks += 1
            } else if GiveBalance.isPersonalGive(row, in: index) {
                gives += 1; months[month, default: (0, 0, 0)].gives += 1
            } else {
                digestGives += 1; months[month, default: (0, 0, 0)].digest += 1
            }
        }
        var byMonth: [GiveFirstSummary.Month] = []
        if let busiest = months.keys.min(), let latest = months.keys.max() {
            // Every month from the period's first to its last, each quiet one as zero: months of
            // nothing at the end are the report's most useful warning.
            let monthOf = { (date: ContentDate) in date.year * 12 + date.month - 1 }
            let first = period.sinceDay == Int.min ? busiest : monthOf(ContentDate(dayNumber: period.sinceDay))
            let last = monthOf(period.until)
            if first <= last {
                for month in first...max(last, latest) {
                    let counts = months[month] ?? (0, 0, 0)
                    byMonth.append(.init(month: String(format: "%04d-%02d", month / 12, month % 12 + 1), gives: counts.gives, asks: counts.asks,
                                         digestGives: counts.digest))
                }
            }
        }
        let balance = GiveBalance(index: index, asOfDay: period.untilDay)
        var balances: [GiveFirstSummary.ContactBalance] = []
        for (position, contact) in contacts.enumerated() {
            // Asked in the period; the gives before their first ask are counted over all history.
            guard rows(ofContactAt: position).contains(where: { index.kinds[$0].isAsk }) else { continue }
            let account = balance.account(ofContactAt: position)
            balances.append(.init(contact: contact.id, name: name(contact), givesBeforeFirstAsk: account.givesBeforeFirstAsk,
                                  askedBeforeGiven: account.askedBeforeGiven))
        }
        balances.sort { ($0.askedBeforeGiven ? 0 : 1, $0.givesBeforeFirstAsk, $0.contact) < ($1.askedBeforeGiven ? 0 : 1, $1.givesBeforeFirstAsk, $1.contact) }
        return GiveFirstSummary(gives: gives, asks: asks, digestGives: digestGives, byMonth: byMonth, contacts: balances)
    }
}
