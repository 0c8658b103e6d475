import Foundation

/// The shape of the network: how activity spreads over segments (bonding within circles,
/// bridging across them), how concentrated it is, and who is overdue for a touch.
extension ReportSections {
    func network() -> NetworkShape {
        var bySegment: [String: Double] = [:]
        var perContact: [Int] = []
        for (position, contact) in contacts.enumerated() {
            let count = rows(ofContactAt: position).count
            perContact.append(count)
            let declared = contact.segments.filter { input.segment($0) != nil }
            guard count > 0, !declared.isEmpty else { continue }
            for segment in declared { bySegment[segment, default: 0] += Double(count) / Double(declared.count) }
        }
        let total = bySegment.values.reduce(0, +)
        let shares = input.segments.map { (segment: $0.slug, share: total == 0 ? 0 : (bySegment[$0.slug] ?? 0) / total) }
        let entropy = -shares.map(\.share).filter { $0 > 0 }.reduce(0) { $0 + $1 * log($1) }
        let k = input.segments.count
        // Concentration among the contacts you were in touch with in the period, not among every
        // imported connection: 15 active of 356 would otherwise always read "100%".
        let inTouch = perContact.filter { $0 > 0 }
        let all = inTouch.reduce(0, +)
        let topCount = inTouch.isEmpty ? 0 : max(1, Int((Double(inTouch.count) * 0.1).rounded(.up)))
        let top = inTouch.sorted(by: >).prefix(topCount).reduce(0, +)
        return NetworkShape(
            activityBySegment: shares,
            effectiveSegments: total == 0 ? 0 : exp(entropy),
            evenness: k >= 2 && total > 0 ? entropy / log(Double(k)) : nil,
            topDecileShare: all == 0 ? 0 : Double(top) / Double(all),
            contactsInTouch: inTouch.count, topDecileContacts: topCount,
            contactsPerSegment: input.segments.map { segment in (segment.slug, contacts.filter { $0.segments.contains(segment.slug) }.count) },
            segmentsDeclared: k)
    }

    /// Contacts past their cadence as of the as-of day, most overdue first; and those never touched.
    func stayInTouch() -> (overdue: [OverdueContact], neverTouched: [String]) {
        let cadence = Cadence(index: index, segments: input.segments, asOfDay: input.asOf.dayNumber)
        var overdue: [OverdueContact] = []
        var never: [String] = []
        for (position, contact) in contacts.enumerated() {
            guard let days = cadence.daysSinceLastTouch(ofContactAt: position) else { never.append(contact.id); continue }
            let due = cadence.days(for: contact)
            if days > due { overdue.append(OverdueContact(contact: contact.id, name: name(contact), daysSinceLastTouch: days, cadenceDays: due)) }
        }
        overdue.sort { ($0.daysOverdue, $1.contact) > ($1.daysOverdue, $0.contact) }
        return (overdue, never.sorted())
    }

    /// What each contact gave (`received`) against what they were given, in the period.
    func reciprocity() -> [Reciprocity] {
        var list: [Reciprocity] = []
        for (position, contact) in contacts.enumerated() {
            var given = 0, received = 0
            for row in rows(ofContactAt: position) {
                if GiveBalance.isPersonalGive(row, in: index) { given += 1 } else if index.kinds[row] == .received { received += 1 }
            }
            if given + received > 0 { list.append(Reciprocity(contact: contact.id, name: name(contact), given: given, received: received)) }
        }
        return list.sorted { ($0.received, $0.given, $1.contact) > ($1.received, $1.given, $0.contact) }
    }
}
