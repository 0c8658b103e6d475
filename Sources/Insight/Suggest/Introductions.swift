import Core
import Ledger

/// Brokering: pairs of contacts in different segments who share a tag and have not been
/// introduced (no `intro` either way), ranked by what the bridge is worth — the segments it
/// crosses, the tags they share, and one point for each side touched in the last 90 days.
///
/// Contacts are paired within each tag, never all with all: for each tag, only the
/// `contactsPerSegment` most recently touched contacts of each segment are paired (the contact
/// asked about with `--contact` always is). Per segment, because the most recent contacts of a
/// tag may all be in one circle, and a bridge needs two.
enum Introductions {
    static let contactsPerSegment = 10
    static let activeDays = 90

    static func find(_ input: InsightInput, index: ActivityIndex, asOfDay: Int, options: SuggestionOptions) -> [Introduction] {
        let contacts = input.ledger.contacts
        let cadence = Cadence(index: index, segments: input.segments, asOfDay: asOfDay)
        var lastTouch: [Int?] = []
        lastTouch.reserveCapacity(contacts.count)
        for position in contacts.indices { lastTouch.append(cadence.daysSinceLastTouch(ofContactAt: position)) }

        var byTag: [String: (name: String, members: [Int])] = [:]
        for (position, contact) in contacts.enumerated() where !contact.segments.isEmpty {
            for tag in contact.tags {
                byTag[TagKey.make(tag), default: (tag, [])].members.append(position)
            }
        }
        var pairs: [ContactPair: (a: Int, b: Int, tags: [String])] = [:]
        for key in byTag.keys.sorted() {
            let (name, members) = byTag[key]!
            // Most recently touched first; never touched last; then by id, so the cut is stable.
            let recentFirst = members.sorted {
                (lastTouch[$0] ?? Int.max, contacts[$0].id) < (lastTouch[$1] ?? Int.max, contacts[$1].id)
            }
            var perSegment: [String: Int] = [:]
            var ranked: [Int] = []
            for position in recentFirst {
                let circle = contacts[position].segments.joined(separator: ";")
                let isAskedAbout = options.contact == contacts[position].id
                guard perSegment[circle, default: 0] < contactsPerSegment || isAskedAbout else { continue }
                perSegment[circle, default: 0] += 1
                ranked.append(position)
            }
            for i in ranked.indices {
                for j in ranked.indices where j > i {
                    let (a, b) = (ranked[i], ranked[j])
                    let first = contacts[a], second = contacts[b]
                    guard !first.segments.contains(where: second.segments.contains) else { continue }
                    let pair = ContactPair(first.id, second.id)
                    guard !index.introduced.contains(pair) else { continue }
                    let ordered = first.id < second.id ? (a, b) : (b, a)
                    pairs[pair, default: (ordered.0, ordered.1, [])].tags.append(name)
                }
            }
        }
        // Every pair's worth first; the reasons only for those that make the list.
        var ranked: [(worth: Int, a: Int, b: Int, tags: [String])] = []
        for (_, pair) in pairs {
            let first = contacts[pair.a], second = contacts[pair.b]
            if let only = options.contact, first.id != only, second.id != only { continue }
            if let segment = options.segment, !first.segments.contains(segment), !second.segments.contains(segment) { continue }
            let active = [pair.a, pair.b].filter { (lastTouch[$0] ?? Int.max) <= activeDays }.count
            ranked.append((Set(first.segments + second.segments).count + pair.tags.count + active, pair.a, pair.b, pair.tags))
        }
        ranked.sort { ($0.worth, contacts[$1.a].id, contacts[$1.b].id) > ($1.worth, contacts[$0.a].id, contacts[$0.b].id) }
        return ranked.prefix(options.limit).map { pair in
            let first = contacts[pair.a], second = contacts[pair.b]
            let crossed = Set(first.segments + second.segments).count
            let active = [pair.a, pair.b].filter { (lastTouch[$0] ?? Int.max) <= activeDays }
            let titles = { (contact: Contact) in
                contact.segments.map { slug in input.segment(slug)?.title ?? slug }.joined(separator: ", ")
            }
            var reasons = ["\(first.name) is in \(titles(first)), \(second.name) in \(titles(second)): a bridge across \(crossed) segments",
                           "both tagged \(pair.tags.joined(separator: ", "))"]
            switch active.count {
            case 2: reasons.append("both in touch in the last \(activeDays) days")
            case 1: reasons.append("\(contacts[active[0]].name) in touch in the last \(activeDays) days")
            default: break
            }
            var intro = Introduction(contacts: [first.id, second.id], names: [first.name, second.name], worth: pair.worth, reasons: reasons)
            intro.circles = [titles(first), titles(second)]
            intro.tags = pair.tags
            return intro
        }
    }
}
