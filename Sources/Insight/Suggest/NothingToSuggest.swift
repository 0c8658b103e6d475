import Core
import Ledger

/// Why a list is empty, truthfully and with what to do: the user of a new ledger, of a site
/// with no article yet, or of a contact who has everything, must not be told "every contact has
/// what fits them" when that is not the reason.
enum NothingToSuggest {
    static func suggestions(_ input: InsightInput, index: ActivityIndex, options: SuggestionOptions) -> String {
        if input.ledger.contacts.isEmpty {
            return "the ledger has no contacts yet: import some with goodwill import linkedin-export Basic_LinkedInDataExport.zip"
        }
        if input.articles.isEmpty { return "no article is published yet as of \(input.asOf.text)" }
        if let segment = options.segment, !input.articles.contains(where: { $0.segments.contains(segment) }) {
            return "no published article serves the segment \(segment) yet"
        }
        if let id = options.contact, let position = index.position[id] {
            let contact = input.ledger.contacts[position]
            if contact.segments.isEmpty && contact.tags.isEmpty {
                return "\(contact.name) has no segment and no tag, so no article fits them: give them one with goodwill contacts edit \(id) --segments SLUG"
            }
            let fitting = input.articles.filter { SegmentFit.of($0, for: contact) != nil }
            if fitting.isEmpty {
                let what = (contact.segments.map { "segment \($0)" } + contact.tags.map { "tag \($0)" }).joined(separator: ", ")
                return "no published article is for \(contact.name)'s \(what)"
            }
            return "\(contact.name) already has every published article that fits them (\(fitting.count)), and an article is never sent twice"
        }
        return "every contact already has every article that fits them (a segment or a tag in common)"
    }

    /// Nil for an empty ledger, which the suggestions' reason already says.
    static func introductions(_ input: InsightInput, options: SuggestionOptions) -> String? {
        let contacts = input.ledger.contacts
        if contacts.isEmpty { return nil }
        if !contacts.contains(where: { !$0.tags.isEmpty }) {
            return "no contact has a tag yet (LinkedIn and vCard imports give none), and an introduction pairs people in different segments who share a tag: add what they work on with goodwill contacts edit ID --tags pricing,hiring"
        }
        if let id = options.contact, let contact = contacts.first(where: { $0.id == id }) {
            if contact.tags.isEmpty { return "\(contact.name) has no tag: add what they work on with goodwill contacts edit \(id) --tags pricing" }
            if contact.segments.isEmpty { return "\(contact.name) has no segment, so no bridge to another circle can be measured" }
            return "nobody outside \(contact.name)'s segments shares a tag with them without having been introduced already"
        }
        return "no two contacts in different segments share a tag without having been introduced already"
    }
}
