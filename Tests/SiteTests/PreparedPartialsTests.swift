import Foundation
import Testing
@testable import Site

/// The `*_html` values the default theme shows (`meta_html`, `pager_html`, …) are written by
/// goodwill as the default theme's partials would render them, and a theme that has its own
/// partial of that name gets it rendered instead. Both halves are checked on real builds.
@Suite("Prepared values are the default partials, and a theme overrides them")
struct PreparedPartialsTests {
    /// A site with everything the partials show: dates and updates, a draft, code with and without
    /// a language, tags written with `&` and CJK, segments, headings for the contents, and, under a
    /// base path, script URLs that carry it.
    static func site() throws -> TestSite {
        let site = try TestSite(fixture: "yaml-site")
        let config = try String(contentsOf: site.root.appendingPathComponent("goodwill.yml"), encoding: .utf8).replacingOccurrences(of: "https://fixture.example/", with: "https://fixture.example/blog/")
        try site.write(config, to: "goodwill.yml")
        try site.write("""
            ---
            title: "Trust & <tags>: 信頼"
            date: 2024-02-01T09:30:00+09:00
            updated: 2024-03-01
            segments: [founders, sales-leaders]
            tags: ["R&D", "信頼", Sales Ops]
            ---
            A summary with "quotes".

            ## First heading
            ## Second & third
            ### Deeper
            ```swift
            let x = 1
            ```
            """, to: "content/articles/everything.md")
        try site.write("""
            ---
            title: Plain code
            date: 2023-05-06
            draft: true
            ---
            ```
            no language
            ```
            """, to: "content/articles/plain-code.md")
        return site
    }

    @Test("copies of the default partials in the site's templates/ build the same bytes as goodwill's own writing")
    func defaultPartialsMatchTheWriting() throws {
        let site = try Self.site()
        defer { site.remove() }
        try site.build { $0.includeDrafts = true }
        let written = try site.snapshot()
        #expect(written.count > 20)

        for partial in SiteTemplate.prepared {
            try site.write(try #require(DefaultTheme.templates[partial.rawValue]), to: "templates/\(partial.rawValue).mustache")
        }
        let theme = try Theme.load(siteRoot: site.root, config: try ConfigLoader.load(siteRoot: site.root))
        #expect(theme.ownTemplates.isSuperset(of: SiteTemplate.prepared.map(\.rawValue)), "the copies are the site's own, so they are rendered")
        try site.build { $0.includeDrafts = true }
        let rendered = try site.snapshot()
        #expect(rendered.keys.sorted() == written.keys.sorted())
        for (path, bytes) in written where rendered[path] != bytes {
            Issue.record("\(path) differs when the default partials are rendered rather than written")
        }
    }

    @Test("a theme's own partial replaces each prepared value where the default theme shows it")
    func ownPartialsAreUsed() throws {
        let site = try Self.site()
        defer { site.remove() }
        // Each partial says its name and one value it sees: proof that it ran, with what.
        let probes: [SiteTemplate: String] = [
            .metaLine: "[meta-line {{reading_time}}]", .listMeta: "[list-meta {{title}}]", .time: "[time {{year}}]",
            .segmentLinks: "[segment-links {{#segments}}{{slug}} {{/segments}}]", .tagLinks: "[tag-links {{#tags}}{{slug}} {{/tags}}]",
            .tocItems: "[toc-items {{#toc}}{{id}} {{/toc}}]", .codeScripts: "[code-scripts {{base_path}}]\n",
            .pager: "[pager {{#previous}}{{title}}{{/previous}}]\n",
            .related: "[related {{#related}}{{article.title}}: {{reason}}{{/related}}]\n",
        ]
        #expect(Set(probes.keys) == Set(SiteTemplate.prepared))
        for (partial, text) in probes { try site.write(text + "\n", to: "templates/\(partial.rawValue).mustache") }
        try site.build()
        let article = try site.read("articles/everything/index.html")
        #expect(article.contains("<p class=\"meta\">[meta-line 1]</p>"))
        #expect(article.contains("<p class=\"segments\">Useful for: [segment-links founders sales-leaders ]</p>"))
        #expect(article.contains("<p class=\"tags\">Tags: [tag-links r-d 信頼 sales-ops ]</p>"))
        #expect(article.contains("[toc-items first-heading second-third deeper ]"))
        #expect(article.contains("[code-scripts /blog/]\n"))
        #expect(article.contains("[pager A field guide]\n"), "the next older published article of the fixture, from 2023")
        #expect(article.contains("[related A field guide: also for Sales leaders]\n"), "sales-leaders is on fewer articles than founders")
        let home = try site.read("index.html")
        #expect(home.contains("<p class=\"meta\">[list-meta Trust &amp; &lt;tags&gt;: 信頼]</p>"))
        let archive = try site.read("archive/index.html")
        #expect(archive.contains("<li>[time 2024] <a href=\"/blog/articles/everything/\">"))
    }

    @Test("a partial added, edited or removed in the preview leaves what a full build would")
    func partialInThePreview() throws {
        let site = try Self.site()
        defer { site.remove() }
        let builder = IncrementalBuilder(options: site.options())
        _ = try builder.rebuild(changed: nil)
        let before = try site.snapshot()
        for (text, shown) in [("<b>{{reading_time}}</b> min\n", "<p class=\"meta\"><b>1</b> min</p>"),
                              ("{{reading_time}} minutes\n", "<p class=\"meta\">1 minutes</p>"), (nil, "1 min read</p>")] {
            let path = "templates/list-meta.mustache"
            if let text { try site.write(text, to: path) } else { try FileManager.default.removeItem(at: site.root.appendingPathComponent(path)) }
            _ = try builder.rebuild(changed: [path])
            let incremental = try site.snapshot()
            try SiteBuilder(options: site.options()).build()
            #expect(try site.snapshot() == incremental, "after \(text ?? "removing it")")
            #expect(try site.read("index.html").contains(shown))
        }
        #expect(try site.snapshot() == before)
    }
}
