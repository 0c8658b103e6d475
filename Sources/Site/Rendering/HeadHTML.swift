import Core
import Mustache

/// `{{{head_html}}}`: the page's `<title>`, its stylesheet link and `head_meta`, one per line, as
/// the default theme's `base` writes them. Three lookups were two more than needed on every page
/// of the site, and each swift-mustache lookup is a chain of dynamic casts (docs/performance.md);
/// `page_title`, `stylesheet_url` and `head_meta` stay in the context
/// for a theme that writes its `<head>` itself.
struct HeadHTML: MustacheCustomRenderable {
    var title: String
    var stylesheetURL: String
    var meta: HeadMeta

    var renderText: String {
        var html = UTF8Buffer(capacity: meta.capacity + 2 * title.utf8.count + stylesheetURL.utf8.count + 64)
        html.append("<title>"); html.append(title, escaping: .html)
        html.append("</title>\n<link rel=\"stylesheet\" href=\""); html.append(stylesheetURL, escaping: .html); html.append("\">\n")
        meta.write(into: &html)
        return html.text()
    }

    var isNull: Bool { false }
}
