import Core
import Ledger

/// Brokering: pairs of contacts in different segments who share a tag and have not been
/// introduced (no `intro` either way), ranked by what the bridge is worth — the segments it
/// crosses, the tags they share, and one point for each side touched in the last 90 days.
///
/// Contacts are paired within each tag, never all with all: for each tag, only its
/// `contactsPerTag` most recently touched contacts are paired (the contact asked about with
/// `--contact` always is).
enum Introductions {
    static let contactsPerTag = 50
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
            var ranked = members.sorted {
                (lastTouch[$0] ?? Int.max, contacts[$0].id) < (lastTouch[$1] ?? Int.max, contacts[$1].id)
            }
            var kept = Array(ranked.prefix(contactsPerTag))
            if let only = options.contact, let position = index.position[only], ranked.contains(position), !kept.contains(position) {
                kept.append(position)
            }
            ranked = kept
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
        var found: [Introduction] = []
        for (_, pair) in pairs {
            let first = contacts[pair.a], second = contacts[pair.b]
            if let only = options.contact, first.id != only, second.id != only { continue }
            if let segment = options.segment, !first.segments.contains(segment), !second.segments.contains(segment) { continue }
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
            found.append(Introduction(contacts: [first.id, second.id], names: [first.name, second.name],
                                      worth: crossed + pair.tags.count + active.count, reasons: reasons))
        }
        found.sort { ($0.worth, $1.contacts[0], $1.contacts[1]) > ($1.worth, $0.contacts[0], $0.contacts[1]) }
        return Array(found.prefix(options.limit))
    }
}
