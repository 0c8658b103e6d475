import Mustache

/// What lists (home, hubs, archives, `previous`, `next`, `more_for`) show of an article, with its
/// `article-summary` partial rendered once into `card_html`: lists show every article several
/// times. A page's `page` value is this and more (`DocumentView`).
struct ArticleSummaryView: TemplateView {
    var title: String
    var url: String
    var readingTime: Int
    var segments: [SegmentView]
    var tags: [TagView]
    var summary: String?
    /// The summary for a page: the front matter's Markdown rendered inline, else `summary` escaped.
    var summaryHTML: String? = nil
    var date: DateView?
    var isDraft: Bool
    /// What the default `article-summary` card and archive show, written by goodwill (or by the
    /// theme's `time`, `list-meta` and `segment-links` partials): through the templates these
    /// were a dozen lookups on every card.
    var dateHTML: String? = nil
    var listMetaHTML = ""
    var segmentLinksHTML = ""
    var cardHTML: String? = nil

    static let keys = ["title", "url", "reading_time", "segments", "tags", "has_segments", "has_tags", "summary", "summary_html", "date",
                       "is_draft", "date_html", "list_meta_html", "segment_links_html", "card_html"]

    func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "url": return url
        case "reading_time": return readingTime
        case "segments": return segments
        case "tags": return tags
        case "has_segments": return !segments.isEmpty
        case "has_tags": return !tags.isEmpty
        case "summary": return summary
        case "summary_html": return summaryHTML
        case "date": return date
        case "is_draft": return isDraft
        case "date_html": return dateHTML
        case "list_meta_html": return listMetaHTML
        case "segment_links_html": return segmentLinksHTML
        case "card_html": return cardHTML
        default: return nil
        }
    }
}

/// A value with `site` and `base_path` beside it, for a partial rendered on its own (a card, a
/// `more-for` block, a prepared value's partial), which sees them as every template does.
struct WithSite: MustacheParent, Sendable {
    let value: any TemplateView
    let site: SiteView
    let basePath: String

    func child(named name: String) -> Any? {
        switch name {
        case "site": return site
        case "base_path": return basePath
        default: return value.child(named: name)
        }
    }
}
