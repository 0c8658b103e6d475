import Core
import Foundation
import Ledger
import Site

/// What `goodwill check` found: every rule on everything that could be read.
public struct CheckOutcome: Sendable {
    /// In file and line order; the check failed when there is one.
    public var errors: [Diagnostic] = []
    public var warnings: [Diagnostic] = []
    /// For information (a ledger row naming a renamed article, which still counts).
    public var notes: [Diagnostic] = []
    public var articles = 0
    public var pages = 0
    public var contacts = 0
    public var activityRows = 0
}

extension Workspace {
    /// Checks the content and the ledger without writing anything, the content read once for both.
    public func check(includeDrafts: Bool) throws -> CheckOutcome {
        var request = BuildRequest()
        request.includeDrafts = includeDrafts
        let (content, problems) = contentReportingAll()
        let site = SiteChecker(options: buildOptions(request), contributors: Self.contributors())
            .check(config: config, content: content, problems: problems)
        var outcome = CheckOutcome(errors: site.errors, warnings: site.warnings, articles: site.articles, pages: site.pages)
        let loaded: (ledger: Ledger, problems: [Diagnostic])
        do {
            loaded = try store.loadReportingAll()
        } catch {
            outcome.errors += error.items
            return outcome
        }
        outcome.errors += loaded.problems
        outcome.contacts = loaded.ledger.contacts.count
        outcome.activityRows = loaded.ledger.activities.count
        let slugs = articleSlugs()
        let refs = loaded.ledger.unpublishedArticleRefs(published: slugs.published, renamed: slugs.renamed,
                                                         file: store.files.display(store.files.activity))
        outcome.errors += refs.filter { $0.severity == .error }
        outcome.notes = refs.filter { $0.severity == .note }
        return outcome
    }

    /// `check --fix-renames`: ledger rows naming an article by an old slug (one of its aliases)
    /// rewritten to the slug it has now.
    public func fixRenamedRefs() throws -> [(old: String, new: String, rows: Int)] {
        try store.fixRenames(articleSlugs().renamed)
    }
}
