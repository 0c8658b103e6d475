import Foundation

/// Where the ledger lives inside a site folder. `network/` is private: the site build never
/// reads it, and `goodwill init` keeps it out of git.
public struct LedgerFiles: Sendable {
    public let root: URL

    public init(siteRoot: URL) {
        self.root = siteRoot.appendingPathComponent("network")
    }

    public var contacts: URL { root.appendingPathComponent("contacts.csv") }
    public var activity: URL { root.appendingPathComponent("activity.csv") }
    /// What is left of removed and merged contacts, so imports do not bring them back.
    public var removed: URL { root.appendingPathComponent("removed.csv") }
    /// The source key of every row an import found (`ImportedKeys`).
    public var imported: URL { root.appendingPathComponent("imported.csv") }
    /// People imports found who are not contacts.
    public var unmatched: URL { root.appendingPathComponent("unmatched.csv") }
    /// The user's public posts that link an article.
    public var posts: URL { root.appendingPathComponent("posts.csv") }
    /// Held (flock) by every write, so concurrent `goodwill log` calls append one at a time.
    public var lock: URL { root.appendingPathComponent(".lock") }

    /// `network/contacts.csv`, as errors name it.
    public func display(_ url: URL) -> String {
        "network/" + url.lastPathComponent
    }
}
