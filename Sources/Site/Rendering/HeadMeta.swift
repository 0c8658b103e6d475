import Core
import Mustache

/// The `<head>` tags every page carries for search engines, feed readers and link previews —
/// description, canonical URL, feeds, Open Graph, Twitter card, JSON-LD — written in Swift
/// and handed to templates as `{{{head_meta}}}`, as Hugo's internal templates do.
///
/// Why not a Mustache partial: these thirty-odd values differ on every page, and each lookup in
/// swift-mustache is a chain of dynamic casts, so in templates they were a large share of a big
/// build's time (docs/performance.md). Every value is still
/// in the context under its own name for a theme that wants different tags.
///
/// The context holds the value itself, and Mustache asks for its text when a template uses it:
/// list pages' contexts are made on one thread, their templates rendered on all of them.
struct HeadMeta: MustacheCustomRenderable {
    var description: String?
    var noIndex: Bool
    var canonicalURL: String
    var previousURL: String?
    var nextURL: String?
    var feeds: [(title: String, url: String)]
    var siteTitle: String
    var title: String
    var openGraphType: String
    var image: PreviewImage?
    var faviconURL: String?
    var themeColor: String?
    var publishedTime: String?
    var modifiedTime: String?
    var generator: String
    var jsonLD: String?
    /// `@user@host` on article pages (`fediverse:creator`).
    var fediverseCreator: String? = nil
    /// The author's profiles (`rel="me"`), on every page.
    var profileURLs: [String] = []

    var imageURL: String? { image?.url }
    var twitterCard: String { image == nil ? "summary" : "summary_large_image" }

    var renderText: String { html }
    var isNull: Bool { false }

    var html: String {
        var html = UTF8Buffer(capacity: capacity)
        write(into: &html)
        return html.text()
    }

    /// Room for every tag of a page, so the buffer does not grow.
    var capacity: Int { 2_048 + profileURLs.count * 128 + (jsonLD?.utf8.count ?? 0) + (description?.utf8.count ?? 0) * 3 }

    /// The tags, one per line, written into `html` (which `HeadHTML` starts with the title):
    /// every page of the site writes these thirty-odd lines, as bytes, not as String appends.
    func write(into html: inout UTF8Buffer) {
        let start = html.count
        func line(_ text: StaticString) {
            if html.count > start { html.append("\n") }
            html.append(text)
        }
        func tag(_ open: StaticString, _ value: String?, _ end: StaticString = "\">") {
            guard let value else { return }
            line(open)
            html.append(value, escaping: .html)
            html.append(end)
        }
        tag("<meta name=\"description\" content=\"", description)
        if noIndex { line("<meta name=\"robots\" content=\"noindex\">") }
        tag("<link rel=\"canonical\" href=\"", canonicalURL)
        tag("<link rel=\"prev\" href=\"", previousURL)
        tag("<link rel=\"next\" href=\"", nextURL)
        for feed in feeds {
            line("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"")
            html.append(feed.title, escaping: .html)
            html.append("\" href=\"")
            html.append(feed.url, escaping: .html)
            html.append("\">")
        }
        tag("<meta property=\"og:site_name\" content=\"", siteTitle)
        tag("<meta property=\"og:title\" content=\"", title)
        tag("<meta property=\"og:type\" content=\"", openGraphType)
        tag("<meta property=\"og:url\" content=\"", canonicalURL)
        tag("<meta property=\"og:description\" content=\"", description)
        tag("<meta property=\"og:image\" content=\"", imageURL)
        tag("<meta property=\"og:image:alt\" content=\"", image?.alt)
        tag("<meta property=\"og:image:width\" content=\"", image?.size.map { String($0.width) })
        tag("<meta property=\"og:image:height\" content=\"", image?.size.map { String($0.height) })
        tag("<meta property=\"article:published_time\" content=\"", publishedTime)
        tag("<meta property=\"article:modified_time\" content=\"", modifiedTime)
        tag("<meta name=\"twitter:card\" content=\"", twitterCard)
        tag("<meta name=\"twitter:title\" content=\"", title)
        tag("<meta name=\"twitter:description\" content=\"", description)
        tag("<meta name=\"twitter:image\" content=\"", imageURL)
        tag("<meta name=\"twitter:image:alt\" content=\"", image?.alt)
        tag("<link rel=\"icon\" href=\"", faviconURL)
        tag("<meta name=\"theme-color\" content=\"", themeColor)
        tag("<meta name=\"generator\" content=\"", generator)
        tag("<meta name=\"fediverse:creator\" content=\"", fediverseCreator)
        for profile in profileURLs { tag("<link rel=\"me\" href=\"", profile) }
        // JSON-LD is not HTML-escaped: JSONText already escapes `<`, so it cannot close the script.
        if let jsonLD {
            line("<script type=\"application/ld+json\">")
            html.append(jsonLD)
            html.append("</script>")
        }
    }
}
