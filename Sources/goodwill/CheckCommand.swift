import ArgumentParser
import Foundation
import Ledger
import Site

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the content and the private ledger without writing anything.",
        discussion: "Prints every problem as file:line: message and exits non-zero when there is one."
    )

    @OptionGroup var site: SiteLocation

    func run() throws {
        let config = try site.config()
        var problems: [String] = []
        var content: SiteContent?
        do { content = try ContentLoader(root: site.root, config: config).load() } catch { problems.append("\(error)") }
        var ledger: Ledger?
        do { ledger = try LedgerStore(siteRoot: site.root, config: config).load() } catch { problems.append("\(error)") }
        if let content, let ledger {
            let slugs = Set(content.articles.map(\.slug))
            for activity in ledger.activities where (activity.kind == .shared || activity.kind == .replied)
                && !activity.ref.isEmpty && !slugs.contains(activity.ref) {
                problems.append("network/activity.csv:\(activity.line): column ref: no article has the slug \"\(activity.ref)\"")
            }
        }
        guard problems.isEmpty else {
            throw CLIFailure.report(CheckProblems(lines: problems))
        }
        func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
        print("OK: " + [count(content?.articles.count ?? 0, "article"), count(content?.pages.count ?? 0, "page"),
                        count(ledger?.contacts.count ?? 0, "contact"), count(ledger?.activities.count ?? 0, "activity row")]
            .joined(separator: ", "))
    }
}

/// Everything `check` found, one problem per line.
struct CheckProblems: Error, CustomStringConvertible {
    let lines: [String]
    var description: String { lines.joined(separator: "\n") }
}
