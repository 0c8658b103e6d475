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
        do { ledger = try LedgerStore(siteRoot: site.root, config: config).load() } catch { errors.append("\(error)") }
        if let ledger, let content = try? ContentLoader(root: site.root, config: config).load() {
            let slugs = Set(content.articles.map(\.slug))
            for activity in ledger.activities where (activity.kind == .shared || activity.kind == .replied)
                && !activity.ref.isEmpty && !slugs.contains(activity.ref) {
                errors.append("network/activity.csv:\(activity.line): column ref: no article has the slug \"\(activity.ref)\"")
            }
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
