import Core

/// Brokering: each introduction made, the circles it bridged, and what followed it.
extension ReportSections {
    /// Newest first (ties: later rows first).
    func introductions() -> [IntroductionOutcome] {
        var outcomes: [(row: Int, outcome: IntroductionOutcome)] = []
        for (row, activity) in input.ledger.activities.enumerated() where index.kinds[row] == .intro && period.contains(index.days[row]) {
            let sides = [activity.contact, activity.ref].compactMap { index.position[$0] }
            guard sides.count == 2 else { continue }
            let people = sides.map { contacts[$0] }
            let isBridge = !people[0].segments.isEmpty && !people[1].segments.isEmpty
                && !people[0].segments.contains(where: people[1].segments.contains)
            var followed: [String] = []
            for (position, person) in zip(sides, people) {
                // The first conversation with, or gift from, this person within the window after the intro.
                let after = index.timeline(ofContactAt: position, through: input.asOf.dayNumber).lazy.map(Int.init).first { other in
                    let kind = index.kinds[other]
                    return (kind.isConversation || kind == .received) && index.isOwn(Int32(other), byContactAt: position)
                        && (index.days[other], other) > (index.days[row], row) && index.days[other] - index.days[row] <= windowDays
                }
                if let after {
                    let verb = index.kinds[after] == .received ? "gave you something" : index.kinds[after] == .met ? "met you" : "replied"
                    followed.append("\(person.name) \(verb) on \(input.ledger.activities[after].date.text)")
                }
            }
            outcomes.append((row, IntroductionOutcome(date: activity.date, contacts: people.map(\.id), names: people.map(\.name),
                                                      segments: people.map(\.segments), isBridge: isBridge, followedBy: followed)))
        }
        return outcomes.sorted { (index.days[$0.row], $0.row) > (index.days[$1.row], $1.row) }.map(\.outcome)
    }
}
