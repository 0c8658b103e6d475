import Core
import Foundation
import Ledger
import Site

/// A row `goodwill log` appended, and what a person would look at twice in it.
public struct LoggedActivity: Sendable {
    public var activity: Activity
    /// The contact's name, for the confirmation.
    public var name: String
    public var warnings: [String]
}

extension Workspace {
    /// Checks one row (the contact exists, the article is published, the date has come) and
    /// appends it under the ledger's lock. `new.date` may be written as people write it on a
    /// command line: `today`, `yesterday`, `-3d`. A resend, a reply naming an article never sent
    /// to that contact, or dated before the share, is appended with a warning.
    @discardableResult
    public func log(_ new: LedgerStore.NewActivity) throws -> LoggedActivity {
        var row = new
        row.date = today.resolve(new.date)
        let slugs = row.kind.refersToArticle ? articleSlugs() : PublishedArticles.Slugs()
        // Read before the append, so the row is not compared with itself; the valid rows only, so
        // that a bad row elsewhere (which `check` reports) does not stop a log.
        let ledger = try store.loadReportingAll().ledger
        let activity = try store.append(row, publishedArticles: slugs.published, unpublished: slugs.unpublished, today: today)
        return LoggedActivity(activity: activity, name: ledger.contact(activity.contact)?.name ?? activity.contact,
                              warnings: ledger.warnings(for: activity))
    }

    /// Removes one row of activity.csv (by the line it starts on, or the last).
    public func unlog(_ row: LedgerStore.ActivityRow) throws -> Activity {
        try store.removeActivity(row)
    }

    /// Changes one row of activity.csv; the result passes the checks `log` makes.
    public func editLog(_ row: LedgerStore.ActivityRow, _ edit: (inout LedgerStore.NewActivity) -> Void) throws -> (before: Activity, after: Activity) {
        let slugs = articleSlugs()
        return try store.editActivity(row, publishedArticles: slugs.published, unpublished: slugs.unpublished, today: today) { new in
            edit(&new)
            new.date = today.resolve(new.date)
        }
    }
}
