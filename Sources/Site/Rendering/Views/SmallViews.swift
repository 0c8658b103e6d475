import Core
import Mustache

/// A date as templates show it: `iso` (RFC 3339, for `<time datetime>`), `display`, `year`.
struct DateView: TemplateView {
    let date: ContentDate

    static let keys = ["iso", "display", "year"]

    func child(named name: String) -> Any? {
        switch name {
        case "iso": return date.rfc3339
        case "display": return date.display
        case "year": return date.year
        default: return nil
        }
    }
}

/// A tag: `name` as written, `slug`, `url` of its page, and on the tags page `count`.
struct TagView: TemplateView {
    let name: String
    let slug: String
    let url: String
    let count: Int?

    static let keys = ["name", "slug", "url", "count"]

    func child(named key: String) -> Any? {
        switch key {
        case "name": return name
        case "slug": return slug
        case "url": return url
        case "count": return count
        default: return nil
        }
    }
}

/// A link of the menu (`nav`), marked `current` on its own page and `in_section` on the pages
/// under it (Topics on `/for/founders/`).
struct NavigationLink: TemplateView {
    let title: String
    let url: String
    let current: Bool
    var inSection = false

    static let keys = ["title", "url", "current", "in_section"]

    func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "url": return url
        case "current": return current
        case "in_section": return inSection
        default: return nil
        }
    }
}

/// A feed a page announces (`feeds`): `title`, `url`.
struct FeedLink: TemplateView {
    let title: String
    let url: String

    static let keys = ["title", "url"]

    func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "url": return url
        default: return nil
        }
    }
}

/// A list page's place among its pages (`pagination`): `current`, `total`, `is_paginated`,
/// `previous_url`, `next_url`.
struct PaginationView: TemplateView {
    let current: Int
    let total: Int
    let previousURL: String?
    let nextURL: String?

    static let keys = ["current", "total", "is_paginated", "previous_url", "next_url"]

    func child(named name: String) -> Any? {
        switch name {
        case "current": return current
        case "total": return total
        case "is_paginated": return total > 1
        case "previous_url": return previousURL
        case "next_url": return nextURL
        default: return nil
        }
    }
}

/// One "More for <segment>" block of an article (`more_for`): the `segment`, up to three other
/// `articles`, and `html`, the `more-for` partial rendered with them.
struct MoreForView: TemplateView {
    let segment: SegmentView
    let articles: [ArticleSummaryView]
    var html: String?

    static let keys = ["segment", "articles", "html"]

    func child(named name: String) -> Any? {
        switch name {
        case "segment": return segment
        case "articles": return articles
        case "html": return html
        default: return nil
        }
    }
}

/// One of an article's `related` articles: the `article` as lists show it and the `reason`
/// ("also for Founders · pricing").
struct RelatedArticleView: TemplateView {
    let article: ArticleSummaryView
    let reason: String

    static let keys = ["article", "reason"]

    func child(named name: String) -> Any? {
        switch name {
        case "article": return article
        case "reason": return reason
        default: return nil
        }
    }
}
