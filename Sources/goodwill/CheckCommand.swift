import ArgumentParser
import Core
import Foundation
import Workspace

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

    @Flag(name: .customLong("fix-renames"), help: "Rewrite ledger refs to renamed articles (old slug in the article's aliases) to the slug they have now.")
    var fixRenames = false

    func run() throws {
        let workspace = try site.open()
        do {
            if fixRenames {
                // Done first, so the check that follows sees the fixed ledger.
                let fixes = try workspace.fixRenamedRefs()
                for fix in fixes { print("Fixed \(fix.rows) ledger row\(fix.rows == 1 ? "" : "s"): \(fix.old) → \(fix.new)") }
                if fixes.isEmpty { print("No ledger row names a renamed article.") }
            }
            let outcome = try workspace.check(includeDrafts: drafts)
            for warning in outcome.warnings { print(warning) }
            for note in outcome.notes { print(note) }
            guard outcome.errors.isEmpty else { throw Diagnostics(outcome.errors) }
            func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
            print("OK: " + [count(outcome.articles, "article"), count(outcome.pages, "page"), count(outcome.contacts, "contact"),
                            count(outcome.activityRows, "activity row"), count(outcome.warnings.count, "warning")].joined(separator: ", "))
        } catch {
            throw CLIFailure.report(error)
        }
    }
}
