import Mustache

/// A whole page as its template sees it: what its family of templates adds (`own`: an article's
/// neighbours, a list's articles, a contributor's page values), what every template gets
/// (`common`), and each contributor's values under its own name (`share`). Looked up in that
/// order; no name is in two of them (`SitePlan` refuses a contributor named like a value of Site's).
///
/// A class: a page's values are a kilobyte of strings, and a struct was copied — every string
/// retained, the site's own shared by every page on every thread — each time the plan handed the
/// page on (docs/performance.md, run P).
final class PageView: TemplateView {
    let common: CommonPageValues
    let own: any TemplateView
    let contributed: [(name: String, values: any TemplateView)]

    init(common: CommonPageValues, own: any TemplateView, contributed: [(name: String, values: any TemplateView)] = []) {
        self.common = common
        self.own = own
        self.contributed = contributed
    }

    static let keys = CommonPageValues.keys

    /// The names of Site's own values on an article page, which no contributor may take.
    static let articleNames = Set(CommonPageValues.keys + ArticlePageValues.keys)

    /// The names this page has a value for: of its own family's, every template's and the
    /// contributors' (`rel_prev` is only on a list's pages, `json_ld` only on articles and home).
    var names: [String] {
        (type(of: own).keys + CommonPageValues.keys + contributed.map(\.name)).filter { child(named: $0) != nil }
    }

    func child(named name: String) -> Any? {
        if let value = own.child(named: name) { return value }
        if let value = common.child(named: name) { return value }
        for contribution in contributed where contribution.name == name { return contribution.values }
        return nil
    }
}

/// A page whose template adds nothing to what every template gets (a contributor's page may be one).
public struct NoPageValues: TemplateView {
    public init() {}
    public static let keys: [String] = []
    public func child(named name: String) -> Any? { nil }
}

/// `article`: the document, its older and newer neighbours, "More for" blocks and the pager.
struct ArticlePageValues: TemplateView {
    let page: DocumentView
    let previous: ArticleSummaryView?
    let next: ArticleSummaryView?
    let hasNeighbours: Bool
    let moreFor: [MoreForView]
    /// The blocks and the pager as the default template shows them, each ending its line:
    /// through the template they were a dozen lookups on every article page.
    let moreForHTML: String
    var pagerHTML = ""
    /// Articles like this one (`RelatedArticles`), and the `related` partial's block of them.
    var related: [RelatedArticleView] = []
    var relatedHTML = ""

    static let keys = ["page", "previous", "next", "has_neighbours", "more_for", "more_for_html", "pager_html",
                       "related", "has_related", "related_html"]

    func child(named name: String) -> Any? {
        switch name {
        case "page": return page
        case "more_for_html": return moreForHTML
        case "pager_html": return pagerHTML
        case "previous": return previous
        case "next": return next
        case "has_neighbours": return hasNeighbours
        case "more_for": return moreFor
        case "related": return related
        case "has_related": return !related.isEmpty
        case "related_html": return relatedHTML
        default: return nil
        }
    }
}

/// `page`: a standalone page's document.
struct StandalonePageValues: TemplateView {
    let page: DocumentView

    static let keys = ["page"]

    func child(named name: String) -> Any? {
        name == "page" ? page : nil
    }
}

/// One page of a paginated list (home, a segment hub, a tag): its articles, their cards joined,
/// and where it is among its pages.
struct ListingValues: Sendable {
    let articles: [ArticleSummaryView]
    let cardsHTML: JoinedHTML
    let pagination: PaginationView
    let isFirstPage: Bool

    static let keys = ["articles", "cards_html", "pagination", "is_first_page"]

    func child(named name: String) -> Any? {
        switch name {
        case "cards_html": return cardsHTML
        case "articles": return articles
        case "pagination": return pagination
        case "is_first_page": return isFirstPage
        default: return nil
        }
    }
}

/// `home`: a listing, and `is_home`.
struct HomePageValues: TemplateView {
    let listing: ListingValues

    static let keys = ListingValues.keys + ["is_home"]

    func child(named name: String) -> Any? {
        name == "is_home" ? true : listing.child(named: name)
    }
}

/// `list`: a listing, and `list`, the segment or tag it lists.
struct ListPageValues: TemplateView {
    let listing: ListingValues
    let list: ListView

    static let keys = ListingValues.keys + ["list"]

    func child(named name: String) -> Any? {
        name == "list" ? list : listing.child(named: name)
    }
}

/// `list.*`: the title, and the segment or the tag.
struct ListView: TemplateView {
    let title: String
    let segment: SegmentView?
    let tag: TagView?

    static let keys = ["title", "kind", "segment", "tag"]

    func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "kind": return segment != nil ? "segment" : "tag"
        case "segment": return segment
        case "tag": return tag
        default: return nil
        }
    }
}

/// `segments`: every declared segment.
struct SegmentsPageValues: TemplateView {
    let segments: [SegmentView]

    static let keys = ["segments"]

    func child(named name: String) -> Any? {
        name == "segments" ? segments : nil
    }
}

/// `tags`: every tag, with its count.
struct TagsPageValues: TemplateView {
    let tags: [TagView]

    static let keys = ["tags"]

    func child(named name: String) -> Any? {
        name == "tags" ? tags : nil
    }
}

/// `archive`: the years, newest first.
struct ArchivePageValues: TemplateView {
    let years: [YearView]

    static let keys = ["years"]

    func child(named name: String) -> Any? {
        name == "years" ? years : nil
    }
}

/// One year of the archive: `year`, `articles`.
struct YearView: TemplateView {
    let year: Int
    let articles: [ArticleSummaryView]

    static let keys = ["year", "articles"]

    func child(named name: String) -> Any? {
        switch name {
        case "year": return year
        case "articles": return articles
        default: return nil
        }
    }
}

/// `404`: the newest articles.
struct NotFoundPageValues: TemplateView {
    let articles: [ArticleSummaryView]

    static let keys = ["articles"]

    func child(named name: String) -> Any? {
        name == "articles" ? articles : nil
    }
}

/// `search`: where the form goes without JavaScript. Pagefind searches in the browser; a reader
/// without JavaScript gets DuckDuckGo limited to the site (its `sites` parameter), the fallback
/// that needs no server, rather than a form that does nothing.
struct SearchPageValues: TemplateView {
    static let fallbackURL = "https://duckduckgo.com/"
    /// The host the fallback search is limited to: `example.com`.
    let fallbackSite: String

    static let keys = ["fallback_url", "fallback_site"]

    func child(named name: String) -> Any? {
        switch name {
        case "fallback_url": return Self.fallbackURL
        case "fallback_site": return fallbackSite
        default: return nil
        }
    }
}

/// `alias`: where the old address now lives.
struct AliasPageValues: TemplateView {
    let targetURL: String
    let targetTitle: String

    static let keys = ["target_url", "target_title"]

    func child(named name: String) -> Any? {
        switch name {
        case "target_url": return targetURL
        case "target_title": return targetTitle
        default: return nil
        }
    }
}
