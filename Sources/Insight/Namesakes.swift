import Ledger

/// Contacts who share a name are told apart wherever a list names them: `Ana Lima (Northwind)`,
/// by their company, else their position, else their id.
struct Namesakes {
    /// Lowercased names that more than one contact has.
    let names: Set<String>

    init(_ contacts: [Contact]) {
        var seen: Set<String> = [], twice: Set<String> = []
        for contact in contacts where !seen.insert(contact.name.lowercased()).inserted { twice.insert(contact.name.lowercased()) }
        names = twice
    }

    /// What tells this contact apart, or nil when their name is theirs alone.
    func distinction(of contact: Contact) -> String? {
        guard !names.isEmpty, names.contains(contact.name.lowercased()) else { return nil }
        return [contact.company, contact.position, contact.id].first { !$0.isEmpty }
    }

    /// The name as a list shows it.
    func name(of contact: Contact) -> String {
        distinction(of: contact).map { "\(contact.name) (\($0))" } ?? contact.name
    }
}
