/// The templates Site renders its own pages and fragments with. The built-in default theme has
/// every one of them; a theme or the site overrides any of them by name.
enum SiteTemplate: String, CaseIterable {
    case base, home, article, page, list, segments, tags, archive, notFound = "404", alias, pagination
    case articleSummary = "article-summary", moreFor = "more-for", siteHeader = "site-header", siteFooter = "site-footer"
}
