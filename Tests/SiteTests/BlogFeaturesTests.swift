import Core
import Foundation
import Testing
@testable import Site

@Suite("Segment hubs, tags, archive, feeds, sitemap, aliases")
struct BlogFeaturesTests {
    @Test("a segment hub lists exactly that segment's published articles, newest first")
    func segmentHub() throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        try site.build()
        #expect(HTML.listedArticleTitles(in: try site.read("for/founders/index.html")) == ["Bonding and bridging ties", "Why give first?"])
        #expect(HTML.listedArticleTitles(in: try site.read("for/sales-leaders/index.html")) == ["Why give first?", "A field guide"])
        let index = try site.read("for/index.html")
        #expect(HTML.values(of: "href", in: index).contains("/for/founders/"))
        #expect(index.contains("2 articles"))
    }

    @Test("each article links its older and newer neighbours; the newest has no newer, the oldest no older, a lone article no pager")
    func pager() throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        try site.build()
        // Newest first: bonding-ties (2024-05-01), give-first (2024-03-12), field-guide (2023-01-15), plus the draft.
        let middle = try site.read("articles/give-first/index.html")
        #expect(middle.contains("<nav class=\"pager\" aria-label=\"Older and newer articles\">"))
        #expect(middle.contains("<a rel=\"prev\" href=\"/articles/field-guide/\"><span>Older</span> A field guide</a>"))
        #expect(middle.contains("<a rel=\"next\" href=\"/articles/bonding-ties/\"><span>Newer</span> Bonding and bridging ties</a>"))
        let oldest = try site.read("articles/field-guide/index.html")
        #expect(!oldest.contains("rel=\"prev\" href=\"/articles/") && oldest.contains("<span>Newer</span> Why give first?</a>"))

        let lone = try TestSite(fixture: "yaml-site")
        defer { lone.remove() }
        try FileManager.default.removeItem(at: lone.root.appendingPathComponent("content/articles"))
        try lone.write("---\ntitle: Alone\ndate: 2024-01-01\n---\nThe only one.\n", to: "content/articles/alone.md")
        try lone.build()
        let alone = try lone.read("articles/alone/index.html")
        #expect(alone.contains("The only one.") && !alone.contains("class=\"pager\""))
    }

    @Test("a segment's Atom feed holds exactly its published articles")
    func segmentFeed() throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        try site.build { $0.includeDrafts = false }
        let feed = try ParsedFeed(contentsOf: site.output.appendingPathComponent("for/founders/atom.xml"))
        #expect(feed.id == "https://fixture.example/for/founders/")
        #expect(feed.entries.map(\.link) == ["https://fixture.example/articles/bonding-ties/", "https://fixture.example/articles/give-first/"])
        #expect(feed.updated == "2024-06-01T00:00:00Z")
        let all = try ParsedFeed(contentsOf: site.output.appendingPathComponent("atom.xml"))
        #expect(all.entries.count == 3)
        #expect(!all.entries.contains { $0.title == "Unfinished thoughts" })
    }

    @Test("feed entry ids are tag URIs that stay the same across builds; entries carry the whole article unless full_content is false")
    func stableFeedIDs() throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        try site.build()
        let first = try ParsedFeed(contentsOf: site.output.appendingPathComponent("atom.xml"))
        #expect(first.entries.map(\.id) == [
            "tag:fixture.example,2024-05-01:/articles/bonding-ties/",
            "tag:fixture.example,2024-03-12:/articles/give-first/",
            "tag:fixture.example,2023-01-15:/articles/field-guide/",
        ])
        #expect(first.entries.allSatisfy { $0.hasContent })
        try site.write("---\ntitle: Newer\ndate: 2025-01-01\nauthors: [Grace Hopper, Ada Lovelace]\n---\nNew.\n", to: "content/articles/newer.md")
        let config = try String(contentsOf: site.root.appendingPathComponent("goodwill.yml"), encoding: .utf8)
        try site.write(config + "feed: {full_content: false, limit: 2}\n", to: "goodwill.yml")
        try site.build()
        let second = try ParsedFeed(contentsOf: site.output.appendingPathComponent("atom.xml"))
        #expect(second.entries.map(\.id) == ["tag:fixture.example,2025-01-01:/articles/newer/", first.entries[0].id])
        #expect(second.entries.filter { $0.hasContent }.isEmpty)
        // The entry names its own authors.
        #expect(try site.read("atom.xml").contains("<author><name>Grace Hopper</name></author>\n    <author><name>Ada Lovelace</name></author>"))
    }

    @Test("tags get URL-safe pages; two spellings of one tag are an error naming both files")
    func tags() throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        try site.build()
        #expect(HTML.listedArticleTitles(in: try site.read("tags/sales-ops/index.html")) == ["Why give first?"])
        #expect(HTML.values(of: "href", in: try site.read("tags/index.html")).contains("/tags/reciprocity/"))
        try site.write("---\ntitle: Ops\ndate: 2024-01-01\ntags: [sales ops]\n---\n", to: "content/articles/ops.md")
        #expect(site.buildErrors().map(\.description) == [
            "content/articles/ops.md:4:8: error: tag \"sales ops\" is written \"Sales Ops\" elsewhere (content/articles/give-first.md): both become /tags/sales-ops/ — spell it \"Sales Ops\" as that file does",
        ])
    }

    @Test("a spelling conflict is one error on the minority spelling, whatever the files' order; drafts count")
    func tagMinority() throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        // "Sales Ops" in give-first.md, a.md and a draft; "sales ops" only in z.md... and in aa.md, sorted first.
        try site.write("---\ntitle: A\ndate: 2024-01-01\ntags: [Sales Ops]\n---\n", to: "content/articles/a.md")
        try site.write("---\ntitle: D\ndate: 2024-01-01\ndraft: true\ntags: [Sales Ops]\n---\n", to: "content/articles/draft.md")
        try site.write("---\ntitle: AA\ndate: 2024-01-01\ntags: [sales ops]\n---\n", to: "content/articles/aa.md")
        let errors = site.buildErrors()
        #expect(errors.map(\.file) == ["content/articles/aa.md"])
        #expect(errors.first?.message == "tag \"sales ops\" is written \"Sales Ops\" elsewhere (content/articles/a.md, content/articles/draft.md, content/articles/give-first.md): both become /tags/sales-ops/")
        #expect(errors.first?.hint == "spell it \"Sales Ops\" as those 3 files do")
    }

    @Test("the archive groups articles by year, newest first")
    func archive() throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        try site.build()
        let html = try site.read("archive/index.html")
        #expect(HTML.values(of: "id", in: html).filter { $0.hasPrefix("year-") } == ["year-2024", "year-2023"])
    }

    static func site(withArticles count: Int, paginate: Int) throws -> TestSite {
        let site = try TestSite(fixture: "invalid/_base")
        try site.write("title: P\nbase_url: https://p.example/\npaginate: \(paginate)\nsegments:\n  founders: {title: F}\n", to: "goodwill.yml")
        for index in 0..<count {
            try site.write("---\ntitle: \"A\(index)\"\ndate: 2024-01-\(10 + index)\nsegments: [founders]\n---\nText.\n",
                           to: "content/articles/a\(index).md")
        }
        return site
    }

    @Test("pagination at 0, 1, exactly paginate and paginate + 1 articles", arguments: [(0, 1), (1, 1), (3, 1), (4, 2)])
    func pagination(articles: Int, pages: Int) throws {
        let site = try Self.site(withArticles: articles, paginate: 3)
        defer { site.remove() }
        try site.build()
        for first in ["", "for/founders/"] {
            #expect(site.exists(first + "index.html"))
            for number in 2...4 {
                #expect(site.exists("\(first)page/\(number)/index.html") == (number <= pages), "\(first) page \(number)")
            }
            let titles = (1...pages).flatMap { number in
                HTML.listedArticleTitles(in: (try? site.read(number == 1 ? first + "index.html" : "\(first)page/\(number)/index.html")) ?? "")
            }
            #expect(titles == (0..<articles).reversed().map { "A\($0)" })
        }
        let firstPage = try site.read("index.html")
        #expect(firstPage.contains("<link rel=\"next\" href=\"/page/2/\">") == (pages > 1))
        #expect(!firstPage.contains("rel=\"prev\""))
        if pages > 1 {
            #expect(try site.read("page/2/index.html").contains("<link rel=\"prev\" href=\"/\">"))
        }
    }

    @Test("an alias writes a redirect page to the article")
    func alias() throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        try site.write("---\ntitle: Moved\ndate: 2024-01-01\naliases: [/2019/old-title/, old.html]\n---\n", to: "content/articles/moved.md")
        try site.build()
        for path in ["2019/old-title/index.html", "old.html"] {
            let html = try site.read(path)
            #expect(html.contains("<meta http-equiv=\"refresh\" content=\"0; url=https://fixture.example/articles/moved/\">"))
            #expect(html.contains("<link rel=\"canonical\" href=\"https://fixture.example/articles/moved/\">"))
        }
    }

    @Test("an alias that would overwrite a page is an error at its position")
    func aliasCollision() throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        try site.write("---\ntitle: Moved\ndate: 2024-01-01\naliases: [articles/give-first/]\n---\n", to: "content/articles/moved.md")
        let errors = site.buildErrors()
        #expect(errors.map(\.file) == ["content/articles/moved.md"])
        #expect(errors.first?.line == 4)
        #expect(errors.first?.message.contains("would replace articles/give-first/index.html") == true)
    }

    @Test("the sitemap lists every public page and no draft, redirect or 404")
    func sitemap() throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        try site.write("---\ntitle: Moved\ndate: 2024-01-01\naliases: [/old/]\n---\n", to: "content/articles/moved.md")
        try site.build()
        let locations = try sitemapLocations(site.output.appendingPathComponent("sitemap.xml"))
        let pages = FileIO.files(under: site.output.path).filter { $0.hasSuffix("index.html") && !$0.hasPrefix("old/") }
            .map { "https://fixture.example/" + $0.dropLast("index.html".count) }
        #expect(Set(locations) == Set(pages))
        #expect(locations.count == pages.count)
        #expect(!locations.contains { $0.contains("unfinished") || $0.contains("old") || $0.contains("404") })
        #expect(try site.read("404.html").contains("Page not found"))
    }

    @Test("robots.txt names the sitemap unless the site ships its own")
    func robots() throws {
        let site = try TestSite(fixture: "toml-site")
        defer { site.remove() }
        try site.build()
        #expect(try site.read("robots.txt") == "User-agent: *\nAllow: /\nSitemap: https://toml.example/blog/sitemap.xml\n")
        let own = try TestSite(fixture: "yaml-site")
        defer { own.remove() }
        try own.build()
        #expect(try own.read("robots.txt") == "User-agent: *\n")
    }

    @Test("articles carry canonical, OpenGraph, Twitter and BlogPosting JSON-LD; the home page WebSite and Person")
    func meta() throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        try site.build()
        let html = try site.read("articles/give-first/index.html")
        #expect(html.contains("<meta property=\"og:type\" content=\"article\">"))
        #expect(html.contains("<meta name=\"twitter:card\" content=\"summary\">"))
        #expect(html.contains("<link rel=\"canonical\" href=\"https://fixture.example/articles/give-first/\">"))
        let json = try #require(html.firstMatch(of: try Regex(#"<script type="application/ld\+json">(.*?)</script>"#))?.output[1].substring)
        let posting = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(posting["@type"] as? String == "BlogPosting")
        #expect(posting["headline"] as? String == "Why give first?")
        #expect(posting["datePublished"] as? String == "2024-03-12T00:00:00Z")
        #expect(posting["keywords"] as? [String] == ["Reciprocity", "Sales Ops"])
        #expect((posting["audience"] as? [[String: String]])?.map { $0["audienceType"] } == ["Founders", "Sales leaders"])
        let home = try site.read("index.html")
        #expect(home.contains("\"@type\":\"WebSite\""))
        #expect(home.contains("\"@type\":\"Person\""))
    }

    @Test("an article links its segment hubs, its tags and more articles for its segments")
    func articleLinks() throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        try site.build()
        let links = HTML.values(of: "href", in: try site.read("articles/give-first/index.html"))
        for expected in ["/for/founders/", "/for/sales-leaders/", "/tags/reciprocity/", "/tags/sales-ops/", "/articles/field-guide/"] {
            #expect(links.contains(expected), "missing \(expected)")
        }
        #expect(try site.read("articles/give-first/index.html").contains("More for Founders"))
    }

    @Test("'More for' lists the segment's newest three other articles: the newest ones skip themselves, older ones share one block")
    func moreForExcludesItself() throws {
        var files = ["goodwill.yml": "title: T\nbase_url: https://t.example/\nsegments:\n  founders: {title: Founders}\n"]
        for day in 1...6 {
            files["content/articles/a\(day).md"] = "---\ntitle: A\(day)\ndate: 2024-01-0\(day)\nsegments: [founders]\n---\nBody.\n"
        }
        let site = try TestSite(files: files)
        defer { site.remove() }
        try site.build()
        func moreFor(_ slug: String) throws -> [String] {
            let html = try site.read("articles/\(slug)/index.html")
            let aside = html[html.range(of: "<aside class=\"more-for\"")!.lowerBound...]
            return HTML.values(of: "href", in: String(aside[..<aside.range(of: "</aside>")!.upperBound]))
        }
        #expect(try moreFor("a6") == ["/articles/a5/", "/articles/a4/", "/articles/a3/", "/for/founders/"])
        #expect(try moreFor("a5") == ["/articles/a6/", "/articles/a4/", "/articles/a3/", "/for/founders/"])
        #expect(try moreFor("a4") == ["/articles/a6/", "/articles/a5/", "/articles/a3/", "/for/founders/"])
        for older in ["a3", "a2", "a1"] {
            #expect(try moreFor(older) == ["/articles/a6/", "/articles/a5/", "/articles/a4/", "/for/founders/"], "\(older)")
        }
    }

    @Test("the contents box links every level-2 and level-3 heading by its id, text escaped")
    func tableOfContents() throws {
        let site = try TestSite(files: [
            "goodwill.yml": "title: T\nbase_url: https://t.example/\n",
            "content/articles/t.md": "---\ntitle: T\ndate: 2024-01-01\n---\n## Fish & Chips <3\n\n### Café\n\n#### Deep\n\n## Last\n",
        ])
        defer { site.remove() }
        try site.build()
        let html = try site.read("articles/t/index.html")
        #expect(html.contains("<li class=\"toc-level-2\"><a href=\"#fish-chips-3\">Fish &amp; Chips &lt;3</a></li>"
                              + "<li class=\"toc-level-3\"><a href=\"#cafe\">Café</a></li>"
                              + "<li class=\"toc-level-2\"><a href=\"#last\">Last</a></li>"))
        #expect(html.contains("<h2 id=\"fish-chips-3\">"))
        #expect(!html.contains("<a href=\"#deep\">"), "level 4 stays out of the contents")
    }
}
