import ArgumentParser
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
        var errors = report.errors.map(\.description)
        var ledger: Ledger?
        let store = try site.ledgerStore(config)
        do { ledger = try store.load() } catch { errors.append("\(error)") }
        if let ledger, let published = try? PublishedArticles.slugs(in: site.root, config: config, now: options.now) {
            let file = store.files.display(store.files.activity)
            errors += ledger.unpublishedArticleRefs(published: published, file: file).map(\.description)
        }
        for warning in report.warnings { print(warning) }
        guard errors.isEmpty else { throw CLIFailure.report(CheckProblems(lines: errors)) }
        func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
        print("OK: " + [count(report.articles, "article"), count(report.pages, "page"),
                        count(ledger?.contacts.count ?? 0, "contact"), count(ledger?.activities.count ?? 0, "activity row"),
                        count(report.warnings.count, "warning")].joined(separator: ", "))
    }
}

/// Everything `check` found, one problem per line.
struct CheckProblems: Error, CustomStringConvertible {
    let lines: [String]
    var description: String { lines.joined(separator: "\n") }
}
