import Core
import Foundation
import Ledger
import Site

extension Workspace {
    /// Checks one row (the contact exists, the article is published, the date has come) and
    /// appends it under the ledger's lock. `new.date` may be written as people write it on a
    /// command line: `today`, `yesterday`, `-3d`.
    @discardableResult
    public func log(_ new: LedgerStore.NewActivity) throws -> Activity {
        var row = new
        row.date = today.resolve(new.date)
        let slugs = row.kind.refersToArticle ? articleSlugs() : PublishedArticles.Slugs()
        return try store.append(row, publishedArticles: slugs.published, unpublished: slugs.unpublished, today: today)
    }
}
