import Core
import Markdown

/// An Atom feed (RFC 4287) of articles. Entry ids are tag URIs made of the host, the
/// publication day and the article's path: stable across builds and across moves of the
/// base URL's scheme, so readers never see an article twice.
struct AtomFeed {
    let config: SiteConfig
    let title: String
    let subtitle: String?
    /// Absolute URL of the HTML page the feed mirrors.
    let pageURL: String
    let feedURL: String
    /// Newest first; only the first `config.feed.limit` are written.
    let articles: [RenderedDocument]

    static func entryID(for document: Document, config: SiteConfig) -> String {
        let day = document.date.map { "\($0.year)-\(two($0.month))-\(two($0.day))" } ?? "1970-01-01"
        return "tag:\(config.host),\(day):\(document.urlPath)"
    }

    var xml: String {
        let entries = articles.prefix(config.feed.limit)
        let updated = entries.map { ($0.document.updated ?? $0.document.date) }.compactMap { $0 }.max()?.rfc3339
            ?? "1970-01-01T00:00:00Z"
        var xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(XML.escape(config.language))">
          <title>\(XML.escape(title))</title>\n
        """
        if let subtitle, !subtitle.isEmpty { xml += "  <subtitle>\(XML.escape(subtitle))</subtitle>\n" }
        xml += """
          <link href="\(XML.escape(feedURL))" rel="self" type="application/atom+xml"/>
          <link href="\(XML.escape(pageURL))" rel="alternate" type="text/html"/>
          <id>\(XML.escape(pageURL))</id>
          <updated>\(updated)</updated>
          <author><name>\(XML.escape(config.author.name))</name></author>
          <generator>Goodwill</generator>\n
        """
        for article in entries { xml += entry(article) }
        xml += "</feed>\n"
        return xml
    }

    private func entry(_ article: RenderedDocument) -> String {
        let document = article.document
        let permalink = config.absoluteURL(forPath: document.urlPath)
        let published = document.date?.rfc3339 ?? "1970-01-01T00:00:00Z"
        var xml = """
          <entry>
            <title>\(XML.escape(document.title))</title>
            <link href="\(XML.escape(permalink))" rel="alternate" type="text/html"/>
            <id>\(XML.escape(Self.entryID(for: document, config: config)))</id>
            <published>\(published)</published>
            <updated>\(document.updated?.rfc3339 ?? published)</updated>\n
        """
        // The article's own authors; without any, the feed's author stands for every entry.
        for name in document.authors {
            xml += "    <author><name>\(XML.escape(name))</name></author>\n"
        }
        for tag in document.tags {
            xml += "    <category term=\"\(XML.escape(TagKey.make(tag)))\" label=\"\(XML.escape(tag))\"/>\n"
        }
        if !article.summary.isEmpty { xml += "    <summary type=\"text\">\(XML.escape(article.summary))</summary>\n" }
        if config.feed.fullContent {
            // xml:base makes the page's relative links (bundle images, /paths) resolve in readers.
            xml += "    <content type=\"html\" xml:base=\"\(XML.escape(permalink))\">\(XML.escape(HeadingAnchor.removed(from: article.html)))</content>\n"
        }
        xml += "  </entry>\n"
        return xml
    }

    private static func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
}
