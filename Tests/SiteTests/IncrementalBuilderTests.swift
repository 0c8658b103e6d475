import Core
import Foundation
import Testing
@testable import Site

@Suite("Incremental rebuilds for the preview")
struct IncrementalBuilderTests {
    static func builder(_ site: TestSite) -> IncrementalBuilder {
        IncrementalBuilder(options: site.options())
    }

    static func edit(_ site: TestSite, _ path: String, _ change: (String) -> String) throws {
        let url = site.root.appendingPathComponent(path)
        try change(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: true, encoding: .utf8)
    }

    @Test("a body-only edit re-renders just that article, and the result equals a full build")
    func bodyEdit() throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        let builder = Self.builder(site)
        #expect(try builder.rebuild(changed: nil).kind == .full)
        let homeBefore = try site.read("index.html")
        try Self.edit(site, "content/articles/bonding-ties.md") { $0 + "\nA new closing line.\n" }
        let (report, kind) = try builder.rebuild(changed: ["content/articles/bonding-ties.md"])
        #expect(kind == .articles(["bonding-ties"]))
        // The page, and the feeds that carry its whole text: the site's and its two segments'.
        #expect(report.files == 4)
        #expect(try site.read("articles/bonding-ties/index.html").contains("A new closing line."))
        #expect(try site.read("index.html") == homeBefore)
        // Nothing differs from what a full build makes of the same sources.
        let incremental = try site.snapshot()
        try SiteBuilder(options: site.options()).build()
        #expect(try site.snapshot() == incremental)
    }

    @Test("a front matter edit re-renders the article, its neighbours and the lists, and equals a full build", arguments: [
        ("Bonding and bridging ties", "Bonding, bridging"),          // title: shown by neighbours and lists
        ("date: 2024-05-01T09:30:00+02:00", "date: 2022-01-01"),    // date: the article moves in every list
        ("summary: \"Close ties and far ties do different work.\"", "summary: \"A new summary.\""),
        ("segments: founders", "segments: founders\ntags: [Brand New Tag]"),
    ])
    func frontMatterEdit(from: String, to: String) throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        try site.write("---\ntitle: Tagged\ndate: 2023-06-01\nsegments: [founders]\ntags: [Only Here]\n---\nText.\n", to: "content/articles/tagged.md")
        let builder = Self.builder(site)
        _ = try builder.rebuild(changed: nil)
        try Self.edit(site, "content/articles/bonding-ties.md") { $0.replacingOccurrences(of: from, with: to) }
        try Self.edit(site, "content/articles/tagged.md") { $0.replacingOccurrences(of: "tags: [Only Here]", with: "tags: [Elsewhere]") }
        let kind = try builder.rebuild(changed: ["content/articles/bonding-ties.md", "content/articles/tagged.md"]).kind
        #expect(kind == .articlesAndLists(["bonding-ties", "tagged"]))
        #expect(!site.exists("tags/only-here/index.html"))
        let incremental = try site.snapshot()
        try SiteBuilder(options: site.options()).build()
        let full = try site.snapshot()
        #expect(Set(incremental.keys) == Set(full.keys))
        for (path, bytes) in full where incremental[path] != bytes { Issue.record("\(path) differs from a full build") }
    }

    @Test("on a paginated site, a front matter edit redoes only the list pages it touches, and equals a full build", arguments: [
        ("title: \"Article 11\"", "title: \"Article eleven, renamed\""),  // one page of each list it is on
        ("date: 2023-01-11", "date: 2021-06-01"),                         // moves: every page after it shifts
        ("tags: [Odd]", "tags: [Even, New]"),                              // leaves one tag's pages, joins two
    ])
    func paginatedEdit(from: String, to: String) throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        let config = try String(contentsOf: site.root.appendingPathComponent("goodwill.yml"), encoding: .utf8)
        try site.write(config + "paginate: 3\n", to: "goodwill.yml")
        for number in 1...23 {
            let tag = number % 2 == 0 ? "Even" : "Odd"
            try site.write("---\ntitle: \"Article \(number)\"\ndate: 2023-01-\(String(format: "%02d", number))\nsegments: [founders]\ntags: [\(tag)]\n---\nText \(number).\n",
                           to: "content/articles/article-\(number).md")
        }
        let builder = Self.builder(site)
        _ = try builder.rebuild(changed: nil)
        try Self.edit(site, "content/articles/article-11.md") { $0.replacingOccurrences(of: from, with: to) }
        let (report, kind) = try builder.rebuild(changed: ["content/articles/article-11.md"])
        #expect(kind == .articlesAndLists(["article-11"]))
        if from.hasPrefix("title") { #expect(report.files < 25, "\(report.files) files rewritten for a title edit") }
        let incremental = try site.snapshot()
        try SiteBuilder(options: site.options()).build()
        let full = try site.snapshot()
        #expect(Set(incremental.keys) == Set(full.keys))
        for (path, bytes) in full where incremental[path] != bytes { Issue.record("\(path) differs from a full build") }
    }

    @Test("a segment change, a new file or a config change rebuilds everything")
    func fullRebuilds() throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        let builder = Self.builder(site)
        _ = try builder.rebuild(changed: nil)
        try Self.edit(site, "content/articles/bonding-ties.md") { $0.replacingOccurrences(of: "segments: founders", with: "segments: sales-leaders") }
        #expect(try builder.rebuild(changed: ["content/articles/bonding-ties.md"]).kind == .full)
        #expect(HTML.listedArticleTitles(in: try site.read("for/sales-leaders/index.html")).contains("Bonding and bridging ties"))
        try site.write("---\ntitle: New\ndate: 2024-01-01\n---\nNew.\n", to: "content/articles/new.md")
        #expect(try builder.rebuild(changed: ["content/articles/new.md"]).kind == .full)
        #expect(try builder.rebuild(changed: ["goodwill.yml"]).kind == .full)
    }

    @Test("an error keeps the last good output, and the rebuild after an error is full")
    func errors() throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        let builder = Self.builder(site)
        _ = try builder.rebuild(changed: nil)
        try Self.edit(site, "content/articles/bonding-ties.md") { $0 + "\n[broken](missing.md)\n" }
        #expect(throws: Diagnostics.self) { try builder.rebuild(changed: ["content/articles/bonding-ties.md"]) }
        #expect(!(try site.read("articles/bonding-ties/index.html")).contains("broken"))
        try Self.edit(site, "content/articles/give-first.md") { $0 + "\nMore.\n" }
        #expect(throws: Diagnostics.self) { try builder.rebuild(changed: ["content/articles/give-first.md"]) }
        try Self.edit(site, "content/articles/bonding-ties.md") { $0.replacingOccurrences(of: "[broken](missing.md)", with: "fixed") }
        #expect(try builder.rebuild(changed: ["content/articles/bonding-ties.md"]).kind == .full)
        #expect(try site.read("articles/bonding-ties/index.html").contains("fixed"))
    }
}

@Suite("Incremental rebuilds after a template change")
struct IncrementalTemplateTests {
    @Test("a changed template re-renders only the pages made with it, and equals a full build", arguments: [
        ("article", "{{<base}}{{$main}}{{#page}}<h1 class=\"edited\">{{title}}</h1>{{{content}}}{{/page}}{{/main}}{{/base}}\n"),
        ("list", "{{<base}}{{$main}}<h1 class=\"edited\">{{list.title}}</h1>{{#articles}}{{{card_html}}}{{/articles}}{{/main}}{{/base}}\n"),
        ("page", "{{<base}}{{$main}}{{#page}}<h1 class=\"edited\">{{title}}</h1>{{/page}}{{/main}}{{/base}}\n"),
    ])
    func template(name: String, text: String) throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        let builder = IncrementalBuilder(options: site.options())
        _ = try builder.rebuild(changed: nil)
        try site.write(text, to: "templates/\(name).mustache")
        #expect(try builder.rebuild(changed: ["templates/\(name).mustache"]).kind == .templates([name]))
        let incremental = try site.snapshot()
        #expect(incremental.values.contains { String(decoding: $0, as: UTF8.self).contains("class=\"edited\"") })
        try SiteBuilder(options: site.options()).build()
        let full = try site.snapshot()
        #expect(Set(incremental.keys) == Set(full.keys))
        for (path, bytes) in full where incremental[path] != bytes { Issue.record("\(path) differs from a full build") }
    }

    @Test("the base layout or an unknown partial rebuilds everything")
    func base() throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        let builder = IncrementalBuilder(options: site.options())
        _ = try builder.rebuild(changed: nil)
        try site.write("<!DOCTYPE html><html lang=\"en\"><head><title>{{page_title}}</title></head><body>{{$main}}{{/main}}</body></html>\n",
                       to: "templates/base.mustache")
        #expect(try builder.rebuild(changed: ["templates/base.mustache"]).kind == .full)
        #expect(try site.read("index.html").hasPrefix("<!DOCTYPE html><html lang=\"en\"><head><title>"))
    }

    @Test("an edit in the preview is checked as a build checks it: a clashing tag spelling is an error, and the output stays")
    func previewRunsSiteWideChecks() throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        try site.write("---\ntitle: One\ndate: 2023-06-01\nsegments: [founders]\ntags: [Sales Ops]\n---\nText.\n", to: "content/articles/one.md")
        try site.write("---\ntitle: Two\ndate: 2023-06-02\nsegments: [founders]\ntags: [Sales Ops]\n---\nText.\n", to: "content/articles/two.md")
        let builder = IncrementalBuilderTests.builder(site)
        _ = try builder.rebuild(changed: nil)
        let before = try site.snapshot()
        try IncrementalBuilderTests.edit(site, "content/articles/two.md") { $0.replacingOccurrences(of: "[Sales Ops]", with: "[sales ops]") }
        do {
            _ = try builder.rebuild(changed: ["content/articles/two.md"])
            Issue.record("the clashing spelling was not reported")
        } catch let failure as Diagnostics {
            #expect(failure.errors.map(\.description).contains { $0.hasPrefix("content/articles/two.md:5:8: error: tag \"sales ops\" is written \"Sales Ops\" elsewhere") },
                    "\(failure)")
        }
        #expect(try site.snapshot() == before)
    }
}

