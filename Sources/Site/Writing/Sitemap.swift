import Core

/// `sitemap.xml` (sitemaps.org 0.9): every public HTML page, never drafts, redirects or 404.
struct Sitemap {
    struct Entry {
        var url: String
        var lastModified: ContentDate?
    }

    let entries: [Entry]

    var xml: String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for entry in entries.sorted(by: { $0.url < $1.url }) {
            xml += "  <url><loc>\(XML.escape(entry.url))</loc>"
            if let lastModified = entry.lastModified { xml += "<lastmod>\(lastModified.rfc3339)</lastmod>" }
            xml += "</url>\n"
        }
        xml += "</urlset>\n"
        return xml
    }
}
