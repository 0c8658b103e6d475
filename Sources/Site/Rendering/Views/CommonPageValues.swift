import Mustache

/// What every template gets: the site, the menu and feeds, and the page's `<head>`, as its own
/// values and as goodwill writes them (`head_html`, `head_meta`).
struct CommonPageValues: TemplateView {
    let site: SiteView
    let language: String
    let pageTitle: String
    let basePath: String
    let stylesheetURL: String
    let nav: [NavigationLink]
    let feeds: [FeedLink]
    /// The page's `<head>` values: every one a template reads on its own (`canonical_url`,
    /// `image_url`, `json_ld`, …) is read from here, so none is kept twice.
    let meta: HeadMeta
    let siteHeader: HTMLFragment
    let siteFooter: HTMLFragment

    static let keys = ["site", "language", "page_title", "og_title", "og_type", "canonical_url", "base_path", "stylesheet_url",
                       "nav", "feeds", "head_meta", "head_html", "site_header", "site_footer", "description", "twitter_card",
                       "noindex", "image_url", "image_alt", "json_ld", "rel_prev", "rel_next", "published_time", "modified_time"]

    func child(named name: String) -> Any? {
        // The default `base` asks for these four on every page: first.
        switch name {
        case "language": return language
        case "head_html": return HeadHTML(title: pageTitle, stylesheetURL: stylesheetURL, meta: meta)
        case "site_header": return siteHeader
        case "site_footer": return siteFooter
        case "site": return site
        case "page_title": return pageTitle
        case "og_title": return meta.title
        case "og_type": return meta.openGraphType
        case "canonical_url": return meta.canonicalURL
        case "base_path": return basePath
        case "stylesheet_url": return stylesheetURL
        case "nav": return nav
        case "feeds": return feeds
        case "head_meta": return meta
        case "description": return meta.description
        case "twitter_card": return meta.twitterCard
        case "noindex": return meta.noIndex
        case "image_url": return meta.image?.url
        case "image_alt": return meta.image?.alt
        case "json_ld": return meta.jsonLD
        case "rel_prev": return meta.previousURL
        case "rel_next": return meta.nextURL
        case "published_time": return meta.publishedTime
        case "modified_time": return meta.modifiedTime
        default: return nil
        }
    }
}
