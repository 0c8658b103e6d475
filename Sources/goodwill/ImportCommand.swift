import ArgumentParser
import Core
import Foundation
import Ledger
import Workspace

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Find what happened in the files you already have, and log it in the private ledger.",
        subcommands: [LinkedInExportCommand.self, MailCommand.self]
    )

    struct MailCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "mail",
            abstract: "Import your mail: shares of articles you mailed, replies to them, accepted invitations.",
            discussion: """
            Give mbox files (Gmail Takeout's "All mail Including Spam and Trash.mbox", a mail program's folders), Maildir folders or .eml files: read offline, one message at a time, with no password and no server. A message of yours to 1–20 contacts whose own words link a published article is a share; a message that threads onto one of yours (In-Reply-To or References), or onto a digest goodwill wrote, is a reply — the first per message of yours; an accepted invitation, or one between you and a contact, that has started is a meeting. Auto-replies, bounces and list mail are never conversations. Each row keeps the message it came from (its Message-ID), so a mailbox imported twice, or Takeout and Maildir copies of the same mail, add each row once. People who are not contacts are listed in network/unmatched.csv. docs/import.md has the rules.
            """
        )

        @OptionGroup var site: SiteLocation

        @Argument(help: ArgumentHelp("mbox files, Maildir folders, .eml files.", valueName: "path"))
        var paths: [String]

        @Option(help: ArgumentHelp("An address of yours (repeatable; default: the author's email in goodwill.yml).", valueName: "address"))
        var me: [String] = []

        @Option(help: ArgumentHelp("Only messages from this day on, YYYY-MM-DD.", valueName: "date"))
        var since: String?

        @Flag(name: .customLong("dry-run"), help: "Say what would be imported; write nothing.")
        var dryRun = false

        @Option(name: .customLong("as-of"), help: ArgumentHelp("The day that counts as today, YYYY-MM-DD (default: today).", valueName: "date"))
        var asOf: String?

        func run() throws {
            let workspace = try site.open(asOf: asOf)
            let result: MailImport
            do {
                let day = try since.map { try AsOf.day($0, argument: "--since") }
                result = try workspace.importMail(at: paths, me: me, since: day, dryRun: dryRun)
            } catch {
                throw CLIFailure.report(error, arguments: ["me": "--me"])
            }
            for warning in result.warnings { FileHandle.standardError.write(Data("\(warning)\n".utf8)) }
            Swift.print("Read \(result.messages) message\(result.messages == 1 ? "" : "s") in \(result.files.count) file\(result.files.count == 1 ? "" : "s"), as \(result.me.joined(separator: ", "))")
            let leftOut = result.leftOut.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
            if !leftOut.isEmpty { Swift.print("Not conversations: \(leftOut.joined(separator: ", "))") }
            ImportReport.printRows(result.summary, dryRun: result.dryRun)
        }
    }

    struct LinkedInExportCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "linkedin-export",
            abstract: "Import LinkedIn's data export: connections, and the shares and replies in your messages.",
            discussion: """
            Give the zip LinkedIn sends (Settings → Data privacy → Get a copy of your data), or the folder it unpacks to. Connections.csv is merged into network/contacts.csv as `goodwill contacts import linkedin` does. In messages.csv, a message of yours to 1–20 people whose own text links a published article is a share; the first message of a contact after each of yours is a reply, named for the article it answers. Public posts (Shares.csv) that link an article go to network/posts.csv. Each row keeps the message it came from, so importing the same export again, or a newer one, adds only what is new, and a row you removed stays removed; a row you typed already (same contact, kind and article within a day) is not doubled. People who are not contacts are listed in network/unmatched.csv: `goodwill contacts adopt IDENTITY` makes one a contact. docs/import.md has the rules.
            """
        )

        @OptionGroup var site: SiteLocation

        @Argument(help: ArgumentHelp("The export: Basic_ or Complete_LinkedInDataExport_….zip, or its folder.", valueName: "path"))
        var path: String

        @Option(help: ArgumentHelp("Your own profile URL, when the export cannot tell (it says how it found you).", valueName: "url"))
        var me: String?

        @Flag(name: .customLong("dry-run"), help: "Say what would be imported; write nothing.")
        var dryRun = false

        @Option(name: .customLong("as-of"), help: ArgumentHelp("The day that counts as today, YYYY-MM-DD (default: today).", valueName: "date"))
        var asOf: String?

        func run() throws {
            let workspace = try site.open(asOf: asOf)
            let result: LinkedInExportImport
            do { result = try workspace.importLinkedInExport(at: path, me: me, dryRun: dryRun) } catch {
                throw CLIFailure.report(error, arguments: ["file": "<path>", "me": "--me"])
            }
            ImportReport.print(result)
        }
    }
}

/// How an import's outcome is said, by `import` and by `contacts adopt`.
enum ImportReport {
    static func print(_ result: LinkedInExportImport) {
        let summary = result.summary
        Swift.print("Read \(result.files.joined(separator: ", "))")
        Swift.print("You are \(result.me.person.name.isEmpty ? result.me.person.url : result.me.person.name) (\(result.me.person.url.isEmpty ? result.me.person.identity : result.me.person.url)), \(result.me.how)")
        let leftOut = result.leftOut.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
        Swift.print("\(result.messages) messages" + (leftOut.isEmpty ? "" : "; left out \(leftOut.joined(separator: ", "))"))
        Swift.print("Contacts: \(summary.contacts)")
        printRows(summary, dryRun: result.dryRun)
    }

    /// The rows an import added and left out, the posts, the people who are not contacts.
    static func printRows(_ summary: ConversationImportSummary, dryRun: Bool) {
        let verb = dryRun ? "Would import" : "Imported"
        let kinds = Dictionary(grouping: summary.added, by: \.kind).map { "\($0.value.count) \($0.key.rawValue)" }.sorted()
        Swift.print("\(verb) \(summary.added.count) row\(summary.added.count == 1 ? "" : "s") into network/activity.csv"
                    + (kinds.isEmpty ? "" : " (\(kinds.joined(separator: ", ")))"))
        var skipped: [String] = []
        if summary.alreadyImported > 0 { skipped.append("\(summary.alreadyImported) imported before") }
        if summary.typedAlready > 0 { skipped.append("\(summary.typedAlready) you had typed") }
        if summary.removedByYou > 0 { skipped.append("\(summary.removedByYou) you removed") }
        if summary.ofRemovedContacts > 0 { skipped.append("\(summary.ofRemovedContacts) about contacts you removed") }
        if summary.ofUnmatched > 0 { skipped.append("\(summary.ofUnmatched) about people who are not contacts") }
        if !skipped.isEmpty { Swift.print("Left out: \(skipped.joined(separator: ", "))") }
        if summary.postsAdded + summary.postsAlready > 0 {
            Swift.print("\(verb) \(summary.postsAdded) public post\(summary.postsAdded == 1 ? "" : "s") linking an article into network/posts.csv"
                        + (summary.postsAlready > 0 ? " (\(summary.postsAlready) imported before)" : ""))
        }
        for (identity, id) in summary.matchedByToken.sorted(by: { $0.key < $1.key }) {
            Swift.print("note: \(identity) is \(id): they received \(id)'s tracked link")
        }
        if !summary.unmatched.isEmpty {
            let linked = summary.unmatched.filter(\.articleLink)
            Swift.print((summary.unmatched.count == 1 ? "1 person is not a contact" : "\(summary.unmatched.count) people are not contacts") + " (network/unmatched.csv)"
                        + (linked.isEmpty ? "" : "; \(linked.count) with an article link:"))
            for person in linked.prefix(10) {
                Swift.print("  \(person.name) \(person.identity) — \(person.messages) message\(person.messages == 1 ? "" : "s"), last \(person.lastSeen.text)")
            }
            Swift.print("  make one a contact: goodwill contacts adopt IDENTITY (or --as ID to join a contact you have)")
        }
        if dryRun { Swift.print("Dry run: nothing was written.") }
    }
}
