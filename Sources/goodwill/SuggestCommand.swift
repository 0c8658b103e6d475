import ArgumentParser
import Core
import Foundation
import Insight
import Workspace

struct SuggestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest",
        abstract: "Whom to give which article next, and whom to introduce to whom, with reasons.",
        discussion: """
        Reads the private ledger and the published articles. An article is suggested to a contact it fits (a segment in common, else a tag) who never got it on any channel, ranked by a score of six parts: the contact asked more recently than they were personally given something, how overdue they are against their cadence, how warm the relationship is (past replies and meetings, and how recent), the fit, how often the article led to conversations in their segment, and its freshness. Contacts never in touch yet are cold: at most --cold of them (3) make the list, so hundreds of imported connections cannot push out the people who answer. Each suggestion comes with a ready personal message with their tokened link and the goodwill log command that records it once sent. Introductions pair contacts of different segments who share a tag and have not been introduced.

        Examples:
          goodwill suggest
          goodwill suggest --segment founders --limit 5 --format md
          goodwill suggest --contact lena-okafor --per-contact 3 --as-of 2026-11-23
        """
    )

    @OptionGroup var site: SiteLocation

    @Option(help: ArgumentHelp("Only this contact.", valueName: "id"))
    var contact: String?

    @Option(help: ArgumentHelp("Only contacts of this segment, and articles for it.", valueName: "slug"))
    var segment: String?

    @Option(help: ArgumentHelp("At most this many suggestions, and as many introductions.", valueName: "n"))
    var limit = 10

    @Option(name: .customLong("per-contact"), help: ArgumentHelp("At most this many articles per contact.", valueName: "k"))
    var perContact = 1

    @Option(help: ArgumentHelp("At most this many suggestions for cold contacts (nothing in the ledger with them yet).", valueName: "n"))
    var cold = 3

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The day that counts as today, YYYY-MM-DD (default: today), so a run can be repeated exactly.", valueName: "date"))
    var asOf: String?

    @Option(help: ArgumentHelp("table, md, csv or json.", valueName: "format"))
    var format = "table"

    @Option(help: ArgumentHelp("Write to this file instead of the terminal (never under the site's output).", valueName: "file"))
    var output: String?

    func validate() throws {
        guard SuggestionFormat(rawValue: format) != nil else {
            throw ValidationError("unknown format \"\(format)\": use one of \(SuggestionFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
        guard perContact > 0 else { throw ValidationError("--per-contact must be at least 1") }
        guard cold >= 0 else { throw ValidationError("--cold must be 0 or more") }
    }

    func run() throws {
        let workspace = try site.open(asOf: asOf)
        do {
            var request = SuggestRequest()
            request.limit = limit
            request.perContact = perContact
            request.cold = cold
            request.contact = contact
            request.segment = segment
            let plan = try workspace.suggest(request)
            let text = SuggestionFormat(rawValue: format)!.render(plan)
            if let output {
                try DurableWrite.replace(try PrivateOutput.file(output, siteRoot: workspace.root), with: text)
                print("Wrote \(plan.suggestions.count) suggestions and \(plan.introductions.count) introductions to \(output)")
            } else {
                print(text, terminator: "")
            }
        } catch {
            throw CLIFailure.report(error)
        }
    }
}
