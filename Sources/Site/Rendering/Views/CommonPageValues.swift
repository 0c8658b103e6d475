import Mustache

/// What every template gets: the site, the menu and feeds, and the page's `<head>`, as its own
/// values and as goodwill writes them (`head_html`, `head_meta`).
struct CommonPageValues: TemplateView {
    let site: SiteView
    let language: String
    let pageTitle: String
    let canonicalURL: String
    let basePath: String
    let stylesheetURL: String
    let nav: [NavigationLink]
    let feeds: [FeedLink]
    let meta: HeadMeta
    let headHTML: HeadHTML
    let siteHeader: HTMLFragment
    let siteFooter: HTMLFragment
    let noIndex: Bool
    let imageURL: String?
    let imageAlt: String?
    let jsonLD: String?
    let relPrev: String?
    let relNext: String?
    let publishedTime: String?
    let modifiedTime: String?

    static let keys = ["site", "language", "page_title", "og_title", "og_type", "canonical_url", "base_path", "stylesheet_url",
                       "nav", "feeds", "head_meta", "head_html", "site_header", "site_footer", "description", "twitter_card",
                       "noindex", "image_url", "image_alt", "json_ld", "rel_prev", "rel_next", "published_time", "modified_time"]

    func child(named name: String) -> Any? {
        // The default `base` asks for these four on every page: first.
        switch name {
        case "language": return language
        case "head_html": return headHTML
        case "site_header": return siteHeader
        case "site_footer": return siteFooter
        case "site": return site
        case "page_title": return pageTitle
        case "og_title": return meta.title
        case "og_type": return meta.openGraphType
        case "canonical_url": return canonicalURL
        case "base_path": return basePath
        case "stylesheet_url": return stylesheetURL
        case "nav": return nav
        case "feeds": return feeds
        case "head_meta": return meta
        case "description": return meta.description
        case "twitter_card": return meta.twitterCard
        case "noindex": return noIndex
        case "image_url": return imageURL
        case "image_alt": return imageAlt
        case "json_ld": return jsonLD
        case "rel_prev": return relPrev
        case "rel_next": return relNext
        case "published_time": return publishedTime
        case "modified_time": return modifiedTime
        default: return nil
        }
    }
}
