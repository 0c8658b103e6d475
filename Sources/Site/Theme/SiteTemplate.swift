/// The templates Site renders its own pages and fragments with. The built-in default theme has
/// every one of them; a theme or the site overrides any of them by name.
enum SiteTemplate: String, CaseIterable {
    case base, home, article, page, list, segments, tags, archive, notFound = "404", alias, pagination
    case articleSummary = "article-summary", moreFor = "more-for", siteHeader = "site-header", siteFooter = "site-footer"
    case metaLine = "meta-line", listMeta = "list-meta", time, segmentLinks = "segment-links", tagLinks = "tag-links"
    case tocItems = "toc-items", codeScripts = "code-scripts", pager, related, search

    /// The partials behind the `*_html` values the default theme shows (`meta_html`, `pager_html`,
    /// …): goodwill writes what the default partial would, on every page, unless the theme or the
    /// site has its own partial of that name, which is then rendered instead (as Hugo's internal
    /// templates are overridden). A test builds a site with copies of the default partials as its
    /// own and compares every file with the built-in writing.
    static let prepared: [SiteTemplate] = [.metaLine, .listMeta, .time, .segmentLinks, .tagLinks, .tocItems, .codeScripts, .pager, .related]

    /// Whether the partial's output ends its own line (scripts, the pager): used as rendered.
    /// The others sit inside a line, and their file's last line break is not part of the value.
    var endsItsLine: Bool { self == .codeScripts || self == .pager || self == .related }
}
