import Foundation
import Testing
@testable import Site

@Suite("Building a TOML site")
struct TOMLSiteTests {
    @Test("TOML front matter is read: slug, date-time, segments, extra and a page link")
    func tomlSite() throws {
        let site = try TestSite(fixture: "toml-site")
        defer { site.remove() }
        let report = try site.build()
        #expect(report.articles == 2)
        let html = try site.read("articles/in-toml/index.html")
        // A `#` heading is shifted under the page title, the one <h1>.
        #expect(html.contains("<h2 id=\"heading-one\">Heading one<a class=\"heading-anchor\" aria-hidden=\"true\" tabindex=\"-1\" href=\"#heading-one\">#</a></h2>"))
        #expect(html.contains("TOML front matter works too."))
        #expect(HTML.values(of: "href", in: html).contains("/blog/colophon/"))
        #expect(html.contains("<time class=\"dt-published\" datetime=\"2024-04-02T00:00:00Z\">2 April 2024</time>"))
        #expect(try site.read("articles/toml-datetime/index.html").contains("datetime=\"2024-04-03T08:00:00Z\""))
    }

    @Test("a site's own templates/ override the theme's")
    func templateOverride() throws {
        let site = try TestSite(fixture: "toml-site")
        defer { site.remove() }
        try site.build()
        #expect(try site.read("colophon/index.html").contains("<main id=\"site-override\">"))
        #expect(try site.read("articles/in-toml/index.html").contains("class=\"article h-entry\""))
    }

    @Test("unknown front matter keys reach templates as extra")
    func extraKeys() throws {
        let site = try TestSite(fixture: "toml-site")
        defer { site.remove() }
        try site.write("{{#page}}<p id=\"note\">{{extra.extra.cover_note}}</p>{{/page}}", to: "templates/article.mustache")
        try site.build()
        #expect(try site.read("articles/in-toml/index.html") == "<p id=\"note\">hello</p>")
    }
}
