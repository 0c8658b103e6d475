import Core
import Mustache

/// An article or page as its own page's `page` value: its summary (`ArticleSummaryView`) and
/// everything a whole page shows besides.
struct DocumentView: TemplateView {
    let summary: ArticleSummaryView
    let slug: String
    let kind: String
    let content: String
    let wordCount: Int
    let permalink: String
    let toc: [TocEntry]
    var tocHTML = ""
    let updated: DateView?
    let image: String?
    let authors: [String]
    let byline: String
    /// The byline with each author an `h-card` (`p-author` of the page's `h-entry`).
    var bylineHTML: String {
        TemplateContext.joinedWithAnd(authors.map { "<span class=\"p-author h-card\">\(HTMLEscaping.escape($0))</span>" })
    }
    let hasCode: Bool
    let codeLanguages: [String]
    var codeScriptsHTML = ""
    let extra: FrontMatterNode?
    var metaHTML = ""
    var tagLinksHTML = ""

    static let ownKeys = ["slug", "kind", "is_article", "content", "word_count", "permalink", "toc", "toc_html", "has_toc", "toc_open",
                          "updated", "image", "authors", "byline", "byline_html", "has_code", "has_code_languages", "code_scripts_html",
                          "code_languages", "extra", "meta_html", "tag_links_html"]
    static let keys = ownKeys + ArticleSummaryView.keys

    func child(named name: String) -> Any? {
        switch name {
        case "slug": return slug
        case "kind": return kind
        case "is_article": return kind == Document.Kind.article.rawValue
        case "content": return content
        case "word_count": return wordCount
        case "permalink": return permalink
        case "toc": return toc
        case "toc_html": return tocHTML
        case "has_toc": return toc.count >= 3
        // 62 entries are 1,932 px of contents before the first paragraph: folded, as on a phone.
        case "toc_open": return toc.count <= 8
        case "updated": return updated
        case "image": return image
        case "authors": return authors
        case "byline": return byline
        case "byline_html": return bylineHTML
        case "has_code": return hasCode
        case "has_code_languages": return !codeLanguages.isEmpty
        case "code_scripts_html": return codeScriptsHTML
        case "code_languages": return codeLanguages
        case "extra": return extra.map(TemplateContext.plain)
        case "meta_html": return metaHTML
        case "tag_links_html": return tagLinksHTML
        default: return summary.child(named: name)
        }
    }
}

/// A heading of the table of contents: `level` (2 or 3), `id`, `title`, `url` (`#id`).
struct TocEntry: TemplateView {
    let level: Int
    let id: String
    let title: String

    static let keys = ["level", "id", "title", "url"]

    func child(named name: String) -> Any? {
        switch name {
        case "level": return level
        case "id": return id
        case "title": return title
        case "url": return "#" + id
        default: return nil
        }
    }
}
