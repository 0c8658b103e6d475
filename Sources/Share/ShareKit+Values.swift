import Core
import Mustache
import Site

/// What the share kit gives templates: `share.*` on every article page, and the values of its own
/// `share` page. docs/themes.md lists them; its test checks both ways against `keys`.
extension ShareKit {
    /// `share.url`, the kit's page of the article, and `share.link_html`, the link to it as the
    /// default theme shows it.
    struct ShareLinkValues: TemplateView {
        let url: String
        let linkHTML: HTMLFragment

        static let keys = ["url", "link_html"]

        func child(named name: String) -> Any? {
            switch name {
            case "url": return url
            case "link_html": return linkHTML
            default: return nil
            }
        }
    }

    /// The `share` page: the article, its snippets, and both as the built-in template shows them.
    struct SharePageValues: TemplateView {
        let title: String
        let url: String
        let introHTML: HTMLFragment
        let snippetsHTML: HTMLFragment
        let snippets: [SnippetEntry]

        static let keys = ["article", "intro_html", "snippets_html", "snippets"]

        func child(named name: String) -> Any? {
            switch name {
            case "intro_html": return introHTML
            case "snippets_html": return snippetsHTML
            case "article": return SharedArticle(title: title, url: url)
            case "snippets": return snippets
            default: return nil
            }
        }
    }

    /// `article` of the share page: `title`, `url`.
    struct SharedArticle: TemplateView {
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
}

/// One entry of `{{#snippets}}`, for themes that lay the page out themselves (the built-in one
/// shows `snippets_html`): each value is made only when a template asks for it.
extension ShareKit.SnippetEntry: TemplateView {
    static let keys = ["platform", "name", "text", "subject", "length", "limit", "length_text", "limit_text", "counting", "rows", "share_link", "is_custom"]

    func child(named name: String) -> Any? {
        switch name {
        case "platform": return snippet.platform.rawValue
        case "name": return snippet.platform.displayName
        case "text": return snippet.text
        case "subject": return snippet.subject
        case "length": return snippet.length
        case "limit": return snippet.platform.generatedLimit
        case "length_text": return snippet.length.grouped
        case "limit_text": return snippet.platform.generatedLimit.grouped
        case "counting": return ShareKit.countingNote(snippet.platform)
        case "rows": return rows
        case "share_link": return ShareLinks.link(for: snippet, mastodonInstance: mastodonInstance)
        case "is_custom": return snippet.isCustom
        default: return nil
        }
    }
}
