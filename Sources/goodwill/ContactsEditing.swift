import ArgumentParser
import Core
import Foundation
import Ledger
import Workspace

/// The fields `contacts add` and `contacts edit` set, as options.
struct ContactFields: ParsableArguments {
    /// Each field's option, for the ledger's problems with a field (`email` → `--email`).
    static let arguments = ["email": "--email", "company": "--company", "position": "--position", "segments": "--segments",
                            "tags": "--tags", "url": "--url", "cadence_days": "--cadence-days", "notes": "--notes", "name": "--name"]

    @Option(help: "Their email address.") var email: String?
    @Option(help: "Where they work.") var company: String?
    @Option(help: "Their position.") var position: String?
    @Option(help: ArgumentHelp("Segment slugs, comma-separated (declared in goodwill.yml).", valueName: "slugs")) var segments: String?
    @Option(help: ArgumentHelp("Tags, comma-separated.", valueName: "tags")) var tags: String?
    @Option(help: "Their profile URL (stored normalised).") var url: String?
    @Option(name: .customLong("cadence-days"), help: ArgumentHelp("Stay in touch every N days (0 clears it).", valueName: "days")) var cadenceDays: Int?
    @Option(help: "Private notes.") var notes: String?
    @Option(name: .customLong("add-email"), help: ArgumentHelp("Another address of theirs (repeatable).", valueName: "email")) var addEmails: [String] = []
    @Option(name: .customLong("remove-email"), help: ArgumentHelp("Forget one of their addresses (repeatable).", valueName: "email")) var removeEmails: [String] = []
    @Option(name: .customLong("add-url"), help: ArgumentHelp("Another profile: a URL, or a fediverse handle @name@host (repeatable).", valueName: "url")) var addURLs: [String] = []
    @Option(name: .customLong("remove-url"), help: ArgumentHelp("Forget one of their profiles (repeatable).", valueName: "url")) var removeURLs: [String] = []

    var isEmpty: Bool {
        [email, company, position, segments, tags, url, notes].allSatisfy { $0 == nil } && cadenceDays == nil
            && addEmails.isEmpty && removeEmails.isEmpty && addURLs.isEmpty && removeURLs.isEmpty
    }

    func apply(to contact: inout Contact) {
        if let email { contact.email = email }
        if let company { contact.company = company }
        if let position { contact.position = position }
        if let segments { contact.segments = Self.list(segments) }
        if let tags { contact.tags = Self.list(tags) }
        if let url { contact.url = url }
        if let cadenceDays { contact.cadenceDays = cadenceDays > 0 ? cadenceDays : nil }
        if let notes { contact.notes = notes }
        for email in addEmails { contact.addEmail(email) }
        for email in removeEmails { contact.removeEmail(email) }
        for url in addURLs { contact.addURL(url) }
        for url in removeURLs { contact.removeURL(url) }
    }

    static func list(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == ";" }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

extension ContactsCommand {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a contact by hand.",
            discussion: "The id is made from the name unless --id is given. A contact added by hand is source manual: no import overwrites what you wrote. Example: goodwill contacts add \"Ana Lima\" --email ana@example.org --segments founders")

        @OptionGroup var site: SiteLocation
        @Argument(help: ArgumentHelp("Their full name.", valueName: "name")) var name: String
        @Option(help: ArgumentHelp("The id (a slug); default: made from the name.", valueName: "id")) var id: String?
        @OptionGroup var fields: ContactFields

        func run() throws {
            let workspace = try site.open()
            do {
                var contact = Contact(id: id ?? "", name: name.trimmingCharacters(in: .whitespaces))
                fields.apply(to: &contact)
                let added = try workspace.store.addContact(contact)
                print("Added \(added.name) (\(added.id))")
            } catch {
                throw CLIFailure.report(error, arguments: ContactFields.arguments.merging(["id": "--id"]) { $1 })
            }
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change a contact's fields.",
            discussion: "Each field you change is marked as set by hand (set_by …:manual): imports never overwrite it. Example: goodwill contacts edit lena-okafor --position \"CEO\" --cadence-days 14")

        @OptionGroup var site: SiteLocation
        @Argument(help: ArgumentHelp("The contact's id.", valueName: "id")) var id: String
        @Option(help: "Their full name.") var name: String?
        @OptionGroup var fields: ContactFields

        func validate() throws {
            if fields.isEmpty && name == nil { throw ValidationError("say what to change, e.g. --email ana@example.org") }
        }

        func run() throws {
            let workspace = try site.open()
            do {
                let (before, after) = try workspace.store.editContact(id) { contact in
                    if let name { contact.name = name }
                    fields.apply(to: &contact)
                }
                let changes = Self.changes(from: before, to: after)
                print(changes.isEmpty ? "\(after.name) (\(after.id)): nothing changed" : "\(after.name) (\(after.id)): " + changes.joined(separator: "; "))
            } catch {
                throw CLIFailure.report(error, arguments: ContactFields.arguments.merging(["id": "<id>"]) { $1 })
            }
        }

        static func changes(from before: Contact, to after: Contact) -> [String] {
            let pairs: [(String, String, String)] = [
                ("name", before.name, after.name), ("email", before.email, after.email),
                ("other emails", before.otherEmails.joined(separator: ", "), after.otherEmails.joined(separator: ", ")),
                ("other urls", before.otherURLs.joined(separator: ", "), after.otherURLs.joined(separator: ", ")),
                ("company", before.company, after.company),
                ("position", before.position, after.position), ("segments", before.segments.joined(separator: ", "), after.segments.joined(separator: ", ")),
                ("tags", before.tags.joined(separator: ", "), after.tags.joined(separator: ", ")), ("url", before.url, after.url),
                ("cadence", before.cadenceDays.map(String.init) ?? "", after.cadenceDays.map(String.init) ?? ""), ("notes", before.notes, after.notes),
            ]
            return pairs.filter { $0.1 != $0.2 }.map { "\($0.0) \"\($0.1)\" → \"\($0.2)\"" }
        }
    }

    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Fold a duplicate contact into another: its activity moves, then it is removed.",
            discussion: "Activity rows about DROP (and introductions naming it) now name KEEP; KEEP's empty fields take DROP's values and the tags are joined. Example: goodwill contacts merge lena-okafor lena-okafor-2")

        @OptionGroup var site: SiteLocation
        @Argument(help: ArgumentHelp("The contact to keep.", valueName: "keep")) var keep: String
        @Argument(help: ArgumentHelp("The duplicate to fold into it and remove.", valueName: "drop")) var drop: String

        func run() throws {
            let workspace = try site.open()
            do {
                let summary = try workspace.store.mergeContacts(keep: keep, drop: drop, on: workspace.today.day)
                var parts = ["\(summary.activityRows) activity row\(summary.activityRows == 1 ? "" : "s") moved"]
                if summary.introductions > 0 { parts.append("\(summary.introductions) introduction\(summary.introductions == 1 ? "" : "s") re-pointed") }
                if !summary.filledFields.isEmpty { parts.append("filled \(summary.filledFields.joined(separator: ", "))") }
                if !summary.addedTags.isEmpty { parts.append("tags added: \(summary.addedTags.joined(separator: ", "))") }
                if !summary.addedIdentities.isEmpty { parts.append("kept as other addresses and profiles: \(summary.addedIdentities.joined(separator: ", "))") }
                print("Merged \(drop) into \(keep): " + parts.joined(separator: "; "))
                print("Imports that still have \(drop) now update \(keep) (network/removed.csv remembers the merge).")
            } catch {
                throw CLIFailure.report(error, arguments: ["keep": "<keep>", "drop": "<drop>"])
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rm",
            abstract: "Remove a contact.",
            discussion: "Refused while activity rows name the contact: merge it into another to keep the history, or add --with-activity to delete those rows too. The contact's name, company, addresses and profiles stay in network/removed.csv so that no import brings them back; goodwill contacts restore ID forgets them.")

        @OptionGroup var site: SiteLocation
        @Argument(help: ArgumentHelp("The contact's id.", valueName: "id")) var id: String
        @Flag(name: .customLong("with-activity"), help: "Also delete the activity rows that name the contact.") var withActivity = false

        func run() throws {
            let workspace = try site.open()
            do {
                let removed = try workspace.store.removeContact(id, withActivity: withActivity, on: workspace.today.day)
                print("Removed \(id)" + (removed > 0 ? " and \(removed) activity row\(removed == 1 ? "" : "s")" : ""))
                print("Imports will leave \(id) out (network/removed.csv keeps their addresses and profiles); goodwill contacts restore \(id) undoes that.")
            } catch {
                throw CLIFailure.report(error, arguments: ["id": "<id>"])
            }
        }
    }
}
