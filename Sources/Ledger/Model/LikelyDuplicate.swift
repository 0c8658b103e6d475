import Core

/// Two contacts that may be one person: the same name and company, and nothing that says
/// otherwise but a different address. Merging is the user's call (`goodwill contacts merge`).
public struct LikelyDuplicate: Sendable, Equatable {
    /// The contact that came first.
    public var keep: String
    public var drop: String
    /// What they share, in words.
    public var because: String

    public var mergeCommand: String { "goodwill contacts merge \(keep) \(drop)" }

    /// `drop` may be `keep`: they share a name and company (the one reason either finder has).
    init(keep: Contact, drop: Contact) {
        self.keep = keep.id
        self.drop = drop.id
        because = "the same name and company (\(drop.name), \(drop.company.isEmpty ? "no company" : drop.company))"
    }
}

extension LikelyDuplicate {
    /// Every pair of contacts with the same name and company (case, accents and spacing ignored)
    /// whose profiles do not say they are two people: the first in the file is the one to keep.
    /// Namesakes with profiles of their own on one network are never listed.
    public static func find(in contacts: [Contact]) -> [LikelyDuplicate] {
        var groups: [String: [Int]] = [:]
        var order: [String] = []
        for (position, contact) in contacts.enumerated() {
            let key = MatchKeys.nameAndCompany(contact)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(position)
        }
        var pairs: [LikelyDuplicate] = []
        for key in order {
            guard let positions = groups[key], positions.count > 1 else { continue }
            let identities = positions.map { MatchKeys.Identity(contacts[$0]) }
            for (offset, position) in positions.enumerated().dropFirst() {
                guard let first = identities.indices.first(where: { $0 < offset && !identities[$0].urlConflicts(with: identities[offset]) }) else { continue }
                let (kept, dropped) = (contacts[positions[first]], contacts[position])
                pairs.append(LikelyDuplicate(keep: kept, drop: dropped))
            }
        }
        return pairs
    }
}
