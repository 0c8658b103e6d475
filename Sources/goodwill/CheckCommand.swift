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

    @Flag(name: .customLong("fix-renames"), help: "Rewrite ledger refs to renamed articles (old slug in the article's aliases) to the slug they have now.")
    var fixRenames = false

    func run() throws {
        let config = try site.config()
        var options = BuildOptions(source: site.root)
        options.includeDrafts = drafts
        if fixRenames { try rewriteRenamedRefs(config: config, now: options.now) }
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
        var notes: [Diagnostic] = []
        if let ledger, let slugs = try? PublishedArticles.slugsAndUnpublished(in: site.root, config: config, now: options.now) {
            let refs = ledger.unpublishedArticleRefs(published: slugs.published, renamed: slugs.renamed, file: store.files.display(store.files.activity))
            errors += refs.filter { $0.severity == .error }
            notes = refs.filter { $0.severity == .note }
        }
        for warning in report.warnings { print(warning) }
        for note in notes { print(note) }
        guard errors.isEmpty else { throw CLIFailure.report(Diagnostics(errors)) }
        func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
        print("OK: " + [count(report.articles, "article"), count(report.pages, "page"),
                        count(ledger?.contacts.count ?? 0, "contact"), count(ledger?.activities.count ?? 0, "activity row"),
                        count(report.warnings.count, "warning")].joined(separator: ", "))
    }

    /// `--fix-renames`: done first, so the check that follows sees the fixed ledger.
    private func rewriteRenamedRefs(config: SiteConfig, now: Int64) throws {
        do {
            let slugs = try PublishedArticles.slugsAndUnpublished(in: site.root, config: config, now: now)
            let fixes = try site.ledgerStore(config).fixRenames(slugs.renamed)
            for fix in fixes { print("Fixed \(fix.rows) ledger row\(fix.rows == 1 ? "" : "s"): \(fix.old) → \(fix.new)") }
            if fixes.isEmpty { print("No ledger row names a renamed article.") }
        } catch {
            throw CLIFailure.report(error)
        }
    }
}
