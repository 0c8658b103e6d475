import Core

/// Whether a build makes a search index, the one place `search:` is decided: off when written
/// `false`; when left out, on if Pagefind is installed; when written `true`, an error that says
/// how to install Pagefind if it is not — a site that asked for search is never published with
/// a search page and no index.
enum SearchIndexing {
    /// The Pagefind to index with, or nil; `config.search` is left `.on` or `.off`.
    static func resolve(_ config: inout SiteConfig, lookup: PagefindLookup) throws(Diagnostics) -> Pagefind? {
        switch config.search {
        case .off:
            return nil
        case .automatic:
            let found = lookup.found
            config.search = found == nil ? .off : .on
            return found
        case .on:
            guard let found = lookup.found else {
                let node = config.document["search"]
                throw Diagnostics([Diagnostic(file: ConfigLoader.fileName, line: node?.line, column: node?.column,
                                              message: "search: true needs Pagefind, which is not installed", hint: Pagefind.installHint)])
            }
            return found
        }
    }
}
