import ArgumentParser
import Core
import Foundation
import Ledger
import Workspace

extension ContactsCommand {
    struct Unmatched: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the people imports found who are not contacts (network/unmatched.csv).",
            discussion: "Most recently seen first; those an article link went to or came from are marked. goodwill contacts adopt IDENTITY makes one a contact.")

        @OptionGroup var site: SiteLocation

        func run() throws {
            let workspace = try site.open()
            let people: [UnmatchedPerson]
            do { people = try workspace.store.unmatched() } catch { throw CLIFailure.report(error) }
            for person in people {
                print("\(person.identity)  \(person.name) — \(person.messages) message\(person.messages == 1 ? "" : "s"), \(person.firstSeen.text) to \(person.lastSeen.text)"
                      + (person.articleLink ? ", article link" : ""))
            }
            print(people.isEmpty ? "Nobody unmatched" : "\(people.count) not contacts; goodwill contacts adopt IDENTITY makes one a contact")
        }
    }

    struct Adopt: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make someone of the unmatched list a contact, and import their rows.",
            discussion: """
            IDENTITY is the profile URL (or name:… for someone the export names without one) as goodwill contacts unmatched lists it. Without --as, a new contact is made with their name and profile; with --as ID, the profile is added to that contact (the same person on another profile). Then the export they were found in is imported again, which adds their rows and only what else is new.
            Example: goodwill contacts adopt https://linkedin.com/in/rafael-mendes-5b2
            """)

        @OptionGroup var site: SiteLocation

        @Argument(help: ArgumentHelp("The person, as network/unmatched.csv names them.", valueName: "identity"))
        var identity: String

        @Option(name: .customLong("as"), help: ArgumentHelp("A contact they are: add this profile to it instead of making a new one.", valueName: "id"))
        var existing: String?

        @Option(help: ArgumentHelp("The export to import their rows from (default: the one they were found in).", valueName: "path"))
        var from: String?

        func run() throws {
            let workspace = try site.open()
            let adoption: Workspace.Adoption
            do { adoption = try workspace.adopt(identity, joining: existing, from: from) } catch {
                throw CLIFailure.report(error, arguments: ["identity": "<identity>", "as": "--as", "from": "--from"])
            }
            let contact = adoption.contact
            print(existing == nil ? "Added \(contact.name) (\(contact.id))" : "Added \(adoption.person.identity) to \(contact.name) (\(contact.id))")
            if let reimport = adoption.reimport {
                ImportReport.print(reimport)
            } else if let mail = adoption.mailReimport {
                ImportReport.printRows(mail.summary, dryRun: false)
            } else {
                print("note: \(adoption.export) is not there any more: import an export that has them (goodwill import linkedin-export PATH) to bring in their rows")
            }
        }
    }
}
