import ArgumentParser
import Core
import Foundation
import Ledger
import Share
import Site

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the content and the private ledger without writing anything.",
        discussion: """
        Reports broken internal links and #anchors, images without alt text, share texts over their platform's limit, malformed ledger rows and ledger rows naming unknown articles (errors), and articles without a segment or a summary (warnings), each as file:line: message. Exits non-zero when there is an error.
        """
    )

    @OptionGroup var site: SiteLocation

    @Flag(help: "Check drafts too.")
    var drafts = false

    func run() throws {
        let config = try site.config()
        var options = BuildOptions(source: site.root)
        options.includeDrafts = drafts
        let report = SiteChecker(options: options, contributors: [ShareKit()]).check()
        // Every rule on everything that can be read, reported together in file and line order.
        var errors = report.errors
        var ledger: Ledger?
        let store = try site.ledgerStore(config)
        do {
            let loaded = try store.loadReportingAll()
            ledger = loaded.ledger
            errors += loaded.problems
        } catch {
            errors += error.items
        }
        if let ledger, let published = try? PublishedArticles.slugs(in: site.root, config: config, now: options.now) {
            errors += ledger.unpublishedArticleRefs(published: published, file: store.files.display(store.files.activity))
        }
        for warning in report.warnings { print(warning) }
        guard errors.isEmpty else { throw CLIFailure.report(Diagnostics(errors)) }
        func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
        print("OK: " + [count(report.articles, "article"), count(report.pages, "page"),
                        count(ledger?.contacts.count ?? 0, "contact"), count(ledger?.activities.count ?? 0, "activity row"),
                        count(report.warnings.count, "warning")].joined(separator: ", "))
    }
}

