import Foundation
import Testing
@testable import Site

@Suite("Building a YAML site")
struct YAMLSiteTests {
    @Test("articles and pages get pretty URLs; static files and bundle assets are copied")
    func outputTree() throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        let report = try site.build()
        #expect(report.articles == 3)
        #expect(report.pages == 1)
        for path in ["index.html", "articles/give-first/index.html", "articles/bonding-ties/index.html",
                     "articles/field-guide/index.html", "articles/field-guide/map.svg", "about/index.html",
                     "robots.txt", "style.css"] {
            #expect(site.exists(path), "missing \(path)")
        }
    }

    @Test("the home page lists published articles newest first")
    func homeOrder() throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        try site.build()
        let titles = HTML.listedArticleTitles(in: try site.read("index.html"))
        #expect(titles == ["Bonding and bridging ties", "Why give first?", "A field guide"])
    }

    @Test("a draft is not published, nor is a future-dated article")
    func draftsAndFuture() throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        try site.build()
        #expect(!site.exists("articles/unfinished/index.html"))
        #expect(!site.exists("articles/from-the-future/index.html"))
        #expect(!(try site.read("index.html")).contains("Unfinished"))
    }

    @Test("--drafts and --future publish them")
    func draftsAndFutureIncluded() throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        try site.build { $0.includeDrafts = true; $0.includeFuture = true }
        #expect(site.exists("articles/unfinished/index.html"))
        #expect(site.exists("articles/from-the-future/index.html"))
        #expect(try site.read("articles/unfinished/index.html").contains("Draft"))
    }

    @Test("headings get unique ids and a table of contents when there are three or more")
    func headingIDs() throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        try site.build()
        let html = try site.read("articles/give-first/index.html")
        #expect(html.contains("<h2 id=\"why-give-first\">Why give first?<a class=\"heading-anchor\" aria-hidden=\"true\" tabindex=\"-1\" href=\"#why-give-first\">#</a></h2>"))
        #expect(html.contains("<h2 id=\"why-give-first-1\">Why give first?<a class=\"heading-anchor\" aria-hidden=\"true\" tabindex=\"-1\" href=\"#why-give-first-1\">#</a></h2>"))
        #expect(html.contains("<h2 id=\"what-to-give\">What to give<a class=\"heading-anchor\" aria-hidden=\"true\" tabindex=\"-1\" href=\"#what-to-give\">#</a></h2>"))
        let headingIDs = ["#why-give-first", "#why-give-first-1", "#what-to-give"]
        #expect(HTML.values(of: "href", in: html).filter { $0.hasPrefix("#") } == ["#main"] + headingIDs + headingIDs, "the skip link, the contents, then each heading's own # link")
    }

    @Test("summary: front matter first, then text before <!-- more -->, then the first paragraph")
    func summaryRules() throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        try site.build()
        let description = { (path: String) in HTML.values(of: "content", in: try site.read(path)).first { !$0.contains("width=") } }
        #expect(try description("articles/bonding-ties/index.html") == "Close ties and far ties do different work.")
        #expect(try description("articles/give-first/index.html") == "Giving before asking is how trust starts. This paragraph is before the marker.")
        // Under 100 characters, the first paragraph takes the next one with it (SummaryRule).
        #expect(try description("articles/field-guide/index.html") == "The first paragraph of the guide is its summary. Second paragraph.")
        #expect(!(try site.read("articles/give-first/index.html")).contains("more -->"))
    }

    @Test("links to other content files are rewritten to their URLs, keeping the #fragment")
    func internalLinks() throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        try site.build()
        let links = HTML.values(of: "href", in: try site.read("articles/give-first/index.html"))
        #expect(links.contains("/articles/bonding-ties/"))
        #expect(links.contains("/about/#team"))
        #expect(HTML.values(of: "href", in: try site.read("articles/bonding-ties/index.html")).contains("/articles/field-guide/"))
        #expect(HTML.values(of: "src", in: try site.read("articles/field-guide/index.html")) == ["map.svg"])
    }

    @Test("raw HTML and javascript: links in content are not emitted")
    func rawHTMLEscaped() throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        try site.build()
        let html = try site.read("articles/give-first/index.html")
        #expect(!html.contains("alert"))
        #expect(!html.contains("javascript:"))
        #expect(!html.contains("owned"))
        #expect(html.contains("“Quotes” – and dashes."))
    }

    @Test("unsafe_html: true lets raw HTML through")
    func rawHTMLAllowed() throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        let config = try String(contentsOf: site.root.appendingPathComponent("goodwill.yml"), encoding: .utf8)
        try site.write(config + "markdown: {unsafe_html: true}\n", to: "goodwill.yml")
        try site.build()
        #expect(try site.read("articles/give-first/index.html").contains("<script>alert(\"owned\")</script>"))
    }

    @Test("--base-url replaces base_url in canonical links, and a path base prefixes every URL")
    func baseURLOverride() throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        try site.build { $0.baseURL = "https://preview.example/blog" }
        let html = try site.read("articles/give-first/index.html")
        #expect(HTML.values(of: "href", in: html).contains("https://preview.example/blog/articles/give-first/"))
        #expect(HTML.values(of: "href", in: html).contains("/blog/articles/bonding-ties/"))
        #expect(site.exists("articles/give-first/index.html"))
    }

    @Test("base URLs with a port, a path or neither give the same pages under their own origin and path",
          arguments: [("https://preview.example/", "https://preview.example", "/"),
                      ("http://localhost:8080/docs/", "http://localhost:8080", "/docs/"),
                      ("https://x.example:8443/a/b/", "https://x.example:8443", "/a/b/")])
    func baseURLForms(baseURL: String, origin: String, path: String) throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        try site.build { $0.baseURL = baseURL }
        let html = try site.read("articles/give-first/index.html")
        let hrefs = HTML.values(of: "href", in: html)
        #expect(hrefs.contains(origin + path + "articles/give-first/"), "canonical")
        #expect(hrefs.contains(path + "style.css"))
        #expect(hrefs.contains(path + "articles/bonding-ties/"))
    }

    @Test("the page shows its segments, tags, date and language")
    func articleMeta() throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        try site.build()
        let html = try site.read("articles/give-first/index.html")
        #expect(html.contains("<html lang=\"en-GB\">"))
        #expect(html.contains("Useful for: <a href=\"/for/founders/\">Founders</a><a href=\"/for/sales-leaders/\">Sales leaders</a>"))
        #expect(html.contains("<time class=\"dt-published\" datetime=\"2024-03-12T00:00:00Z\">12 March 2024</time>"))
        #expect(html.contains("<a class=\"tag\" href=\"/tags/sales-ops/\">Sales Ops</a>"))
    }
}
