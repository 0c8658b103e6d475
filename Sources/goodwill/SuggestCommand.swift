import ArgumentParser
import Core
import Foundation
import Insight
import Ledger
import Share
import Site

struct SuggestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest",
        abstract: "Whom to give which article next, and whom to introduce to whom, with reasons.",
        discussion: """
        Reads the private ledger and the published articles. An article is suggested to a contact it fits (a segment in common, else a tag) who never got it on any channel, ranked by the score in docs/insight.md: the contact asked more recently than they were given something, how overdue they are against their cadence, the fit, how often the article led to conversations in their segment, and its freshness. Each suggestion comes with a ready personal message with their tokened link and the goodwill log command that records it once sent. Introductions pair contacts of different segments who share a tag and have not been introduced.

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
    }

    func run() throws {
        let config = try site.config()
        let store = try site.ledgerStore(config)
        do {
            let day = try AsOf.day(asOf)
            let loaded = try InsightSite.load(siteRoot: site.root, config: config, store: store, asOf: day)
            let ledger = loaded.input.ledger
            var options = SuggestionOptions()
            options.limit = limit
            options.perContact = perContact
            if let contact { options.contact = try ledger.requireContact(contact, argument: "--contact").id }
            if let segment {
                guard config.segment(segment) != nil else {
                    throw Diagnostic(argument: "--segment", message: "no segment \"\(segment)\" is declared in goodwill.yml",
                                     hint: DidYouMean.hint(for: segment, in: config.segments.map(\.slug))
                                         + "declared: \(config.segments.map(\.slug).joined(separator: ", "))")
                }
                options.segment = segment
            }
            var plan = Suggester.suggest(loaded.input, options: options)
            if !plan.suggestions.isEmpty {
                let tokens = ContactToken(secret: try ContactToken.secret(inNetworkFolder: store.files.root))
                let template = try MessageTemplate.load(siteRoot: site.root, config: config)
                PersonalMessages(config: config, content: loaded.content, tokens: tokens, template: template).fill(&plan, ledger: ledger)
            }
            let text = SuggestionFormat(rawValue: format)!.render(plan)
            if let output {
                let url = try PrivateOutput.file(output, siteRoot: site.root)
                try DurableWrite.replace(url, with: text)
                print("Wrote \(plan.suggestions.count) suggestions and \(plan.introductions.count) introductions to \(output)")
            } else {
                print(text, terminator: "")
            }
        } catch {
            throw CLIFailure.report(error)
        }
    }
}
