import ArgumentParser
import Foundation
import Ledger
import Site

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
        let config = try site.config()
        do {
            let now = Int64(Date().timeIntervalSince1970)
            let articles = LedgerStore.needsArticles(kind)
                ? try PublishedArticles.slugsAndUnpublished(in: site.root, config: config, now: now) : PublishedArticles.Slugs()
            let store = try site.ledgerStore(config)
            let activity = try store.append(
                .init(kind: kind, contact: contact, ref: ref, via: via, date: try Today.resolve(date), note: note),
                publishedArticles: articles.published, unpublished: articles.unpublished, now: now)
            let name = (try? store.load().contact(contact)?.name) ?? nil
            print("Logged for \(name ?? contact): \(TimelineLine(activity, viewedFrom: contact).text)")
        } catch {
            throw CLIFailure.report(error)
        }
    }
}

/// Today's date in the writer's time zone, as YYYY-MM-DD.
enum Today {
    /// `--date` as written: a date, `today`, `yesterday`, or `-3d` (three days ago); default today.
    static func resolve(_ written: String?) throws -> String {
        guard let written else { return iso }
        let days: Int?
        switch written.lowercased() {
        case "today": days = 0
        case "yesterday": days = 1
        case let text where text.hasPrefix("-") && text.hasSuffix("d"): days = Int(text.dropFirst().dropLast())
        default: days = nil
        }
        guard let days else { return written }  // a date, checked with every other field
        let day = Calendar.current.date(byAdding: .day, value: -days, to: Date())!
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: day)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    static var iso: String {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }
}
