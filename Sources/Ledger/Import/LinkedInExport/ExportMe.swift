/// Who the user is in an export, and how Goodwill knows: every signal depends on telling the
/// user's messages from everyone else's.
public struct ExportMe: Sendable, Equatable {
    public var person: ExportPerson
    public var how: String

    /// `--me` first, then an invitation the user sent or received, then the old layout's
    /// `DIRECTION`, then the sender who writes to the most different people (the user writes to
    /// everyone in their own export; each other sender writes to the user and a few more).
    public static func find(given: String?, export: LinkedInExport) -> ExportMe? {
        func named(_ url: String) -> ExportPerson {
            let key = ProfileURL.key(url)
            let name = export.messages.first { $0.from.identity == key }?.from.name ?? ""
            return ExportPerson(name: name, url: url)
        }
        if let given, !given.isEmpty { return ExportMe(person: named(given), how: "given with --me") }
        if let profile = export.invitationProfile { return ExportMe(person: named(profile), how: "from an invitation in Invitations.csv") }
        if let outgoing = export.messages.first(where: { $0.outgoing == true }) {
            return ExportMe(person: outgoing.from, how: "from the messages marked OUTGOING")
        }
        var recipients: [String: Set<String>] = [:]
        var people: [String: ExportPerson] = [:]
        for message in export.messages {
            people[message.from.identity] = message.from
            recipients[message.from.identity, default: []].formUnion(message.to.map(\.identity))
        }
        guard let best = recipients.max(by: { ($0.value.count, $1.key) < ($1.value.count, $0.key) }), let person = people[best.key] else {
            return nil
        }
        return ExportMe(person: person, how: "the sender who writes to the most people (\(best.value.count)); say --me URL if that is wrong")
    }

    func isMe(_ person: ExportPerson) -> Bool {
        if person.identity == self.person.identity { return true }
        return person.url.isEmpty && !self.person.name.isEmpty && ExportPerson.folded(person.name) == ExportPerson.folded(self.person.name)
    }
}
