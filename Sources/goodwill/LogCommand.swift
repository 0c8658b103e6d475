import ArgumentParser
import Foundation
import Ledger
import Workspace

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Record one thing that happened with a contact in network/activity.csv.",
        discussion: """
        Kinds: shared (ref = article slug), intro (ref = the other contact's id), helped, asked, received, replied (ref = the article it answers, optional), met. The entry is checked first (the contact exists, the article is published, the date is real and not in the future), then appended under a lock and synced to disk.

        Examples:
          goodwill log shared grace-hopper give-before-you-ask --via linkedin
          goodwill log intro grace-hopper alan-turing --note "both work on compilers"
          goodwill log replied grace-hopper give-before-you-ask --date 2024-03-14
        """
    )

    @OptionGroup var site: SiteLocation

    @Argument(help: ArgumentHelp("shared, intro, helped, asked, received, replied or met.", valueName: "kind"))
    var kind: String

    @Argument(help: ArgumentHelp("The contact's id.", valueName: "contact"))
    var contact: String

    @Argument(help: ArgumentHelp("The article slug (shared, replied) or other contact's id (intro).", valueName: "ref"))
    var ref: String = ""

    @Option(help: ArgumentHelp("The channel: linkedin, email, coffee, …", valueName: "via"))
    var via: String = ""

    @Option(parsing: .unconditional, help: ArgumentHelp("When it happened: YYYY-MM-DD, today, yesterday or -3d (default: today).", valueName: "date"))
    var date: String?

    @Option(help: ArgumentHelp("A private note.", valueName: "text"))
    var note: String = ""

    func run() throws {
        let workspace = try site.open()
        do {
            let activity = try workspace.log(.init(kind: try ActivityKind.parse(kind), contact: contact, ref: ref, via: Channel(via),
                                                   date: date ?? "today", note: note))
            let name = (try? workspace.store.load().contact(contact)?.name) ?? nil
            print("Logged for \(name ?? contact): \(TimelineLine(activity, viewedFrom: contact).text)")
        } catch {
            throw CLIFailure.report(error, arguments: ["contact": "<contact>", "ref": "<ref>", "kind": "<kind>"])
        }
    }
}
