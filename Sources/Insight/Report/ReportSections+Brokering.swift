import Core

/// Brokering: each introduction made, the circles it bridged, and what followed it.
extension ReportSections {
    /// Newest first (ties: later rows first). What followed: per person, the first conversation
    /// with them (not credited to a share: a reply to an article is that article's) or gift from
    /// them within the window, in date order.
    func introductions() -> [IntroductionOutcome] {
        let credited = attribution.creditedToShares
        var outcomes: [(row: Int, outcome: IntroductionOutcome)] = []
        for row in index.kinds.indices where index.kinds[row] == .intro && period.contains(index.days[row]) {
            let activity = input.ledger.activities[row]
            let sides = [activity.contact, activity.ref].compactMap { index.position[$0] }
            guard sides.count == 2 else { continue }
            let people = sides.map { contacts[$0] }
            let isBridge = !people[0].segments.isEmpty && !people[1].segments.isEmpty
                && !people[0].segments.contains(where: people[1].segments.contains)
            var followed: [(row: Int, text: String)] = []
            for (position, person) in zip(sides, people) {
                // The first conversation with, or gift from, this person within the window after
                // the intro: its timeline is in day order, so the walk starts at the intro's day.
                let timeline = index.timelines[position]
                let introDay = index.days[row]
                var low = 0, high = timeline.count
                while low < high {
                    let middle = (low + high) / 2
                    if index.days[Int(timeline[middle])] < introDay { low = middle + 1 } else { high = middle }
                }
                var after: Int?
                for entry in timeline[low...] {
                    let other = Int(entry), day = index.days[other]
                    if day - introDay > windowDays || day > input.asOf.dayNumber { break }
                    guard (day, other) > (introDay, row) else { continue }
                    let kind = index.kinds[other]
                    guard kind.isConversation || kind == .received, !credited.contains(entry),
                          index.isOwn(entry, byContactAt: position) else { continue }
                    after = other
                    break
                }
                if let after {
                    let verb = index.kinds[after] == .received ? "gave you something" : index.kinds[after] == .met ? "met you" : "replied"
                    followed.append((after, "\(name(person)) \(verb) on \(ContentDate(dayNumber: index.days[after]).text)"))
                }
            }
            outcomes.append((row, IntroductionOutcome(date: ContentDate(dayNumber: index.days[row]), contacts: people.map(\.id), names: people.map(name),
                                                      segments: people.map(\.segments), isBridge: isBridge,
                                                      followedBy: inDateOrder(followed))))
        }
        let days = index.days
        return outcomes.sorted { (days[$0.row], $0.row) > (days[$1.row], $1.row) }.map(\.outcome)
    }

    /// At most one row per person: two, put in date order.
    private func inDateOrder(_ followed: [(row: Int, text: String)]) -> [String] {
        guard followed.count == 2 else { return followed.map(\.text) }
        let (a, b) = (followed[0], followed[1])
        return (index.days[a.row], a.row) <= (index.days[b.row], b.row) ? [a.text, b.text] : [b.text, a.text]
    }
}
