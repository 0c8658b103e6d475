import Mustache

/// `{{{head_html}}}`: the page's `<title>`, its stylesheet link and `head_meta`, one per line, as
/// the default theme's `base` writes them. Three lookups were one more than needed on every page
/// of the site (10,000 articles, their list pages and share pages), at about three microseconds
/// each in swift-mustache; `page_title`, `stylesheet_url` and `head_meta` stay in the context
/// for a theme that writes its `<head>` itself.
struct HeadHTML: MustacheCustomRenderable {
    var title: String
    var stylesheetURL: String
    var meta: HeadMeta

    var renderText: String {
        "<title>" + HTMLEscaping.escape(title) + "</title>\n<link rel=\"stylesheet\" href=\"" + HTMLEscaping.escape(stylesheetURL)
            + "\">\n" + meta.html
    }

    var isNull: Bool { false }
}
