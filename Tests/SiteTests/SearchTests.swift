import Foundation
import Testing
@testable import Site

/// Search by Pagefind: `search:` decides (left out: when Pagefind is installed; true: an error
/// without it; false: none), articles are indexed with their segments as a filter and their date,
/// lists are not, and the preview's index follows an edit. Pagefind is run for real: `make test`
/// installs it (the Makefile's `deps`).
@Suite("Search by Pagefind")
struct SearchTests {
    static let config = """
        title: "S"
        base_url: "https://s.example/"
        segments:
          founders: {title: "Founders"}
          sellers: {title: "Sales leaders"}

        """

    static func site(search: String = "") throws -> TestSite {
        try TestSite(files: [
            "goodwill.yml": config + search,
            "content/articles/pricing.md": "---\ntitle: \"Pricing without fear\"\ndate: 2024-02-01\nsegments: [founders, sellers]\n---\nAnchor the price on the outcome.\n",
            "content/articles/hiring.md": "---\ntitle: \"Hiring a first seller\"\ndate: 2024-03-01\nsegments: [founders]\n---\nHire for curiosity, then teach the pricing.\n",
            "content/pages/about.md": "---\ntitle: \"About\"\n---\nA page, not an article: not indexed.\n",
        ])
    }

    static func installed() throws -> Pagefind {
        try #require(Pagefind.installed(), "Pagefind is not installed: run `make test`, which installs it")
    }

    /// Each indexed page's record (`pagefind/fragment/*.pf_fragment`: gzip, a 12-byte
    /// signature, JSON), by URL.
    static func fragments(in folder: URL) throws -> [String: [String: Any]] {
        let fragmentFolder = folder.appendingPathComponent("pagefind/fragment")
        var records: [String: [String: Any]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: fragmentFolder.path) {
            let gunzip = Process()
            gunzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            gunzip.arguments = ["gzip", "-dc", fragmentFolder.appendingPathComponent(name).path]
            let pipe = Pipe()
            gunzip.standardOutput = pipe
            try gunzip.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            gunzip.waitUntilExit()
            #expect(data.prefix(12) == Data("pagefind_dcd".utf8))
            let record = try #require(try JSONSerialization.jsonObject(with: data.dropFirst(12)) as? [String: Any])
            records[try #require(record["url"] as? String)] = record
        }
        return records
    }

    @Test("search: true without Pagefind is an error at its line that says how to install it")
    func askedForAndMissing() throws {
        let site = try Self.site(search: "search: true\n")
        defer { site.remove() }
        #expect(site.buildErrors { $0.pagefind = .none }.map(\.description) == [
            "goodwill.yml:6:9: error: search: true needs Pagefind, which is not installed — \(Pagefind.installHint)",
        ])
        try site.write(Self.config + "search: \"yes\"\n", to: "goodwill.yml")
        #expect(site.buildErrors().first?.description.hasPrefix("goodwill.yml:6:9: error: search should be true or false") == true)
    }

    @Test("left out and no Pagefind: no search page, menu link or markup, the same bytes as search: false")
    func automaticWithoutPagefind() throws {
        let site = try Self.site()
        defer { site.remove() }
        try site.build { $0.pagefind = .none }
        let automatic = try site.snapshot()
        #expect(automatic["search/index.html"] == nil && automatic["pagefind/pagefind.js"] == nil)
        #expect(!(try site.read("index.html")).contains("/search/"))
        #expect(!(try site.read("articles/pricing/index.html")).contains("data-pagefind"))
        try site.write(Self.config + "search: false\n", to: "goodwill.yml")
        let pagefind = try Self.installed()
        try site.build { $0.pagefind = .at(pagefind) }
        #expect(try site.snapshot() == automatic)
    }

    @Test("articles indexed with their segments and date, pages and lists not; a search page in the menu")
    func indexed() throws {
        let site = try Self.site()
        defer { site.remove() }
        let pagefind = try Self.installed()
        let report = try site.build { $0.pagefind = .at(pagefind) }
        // Two articles; the About page and every list have no data-pagefind-body.
        #expect(report.search?.pages == 2)
        let records = try Self.fragments(in: site.root.appendingPathComponent("site"))
        #expect(records.keys.sorted() == ["/articles/hiring/", "/articles/pricing/"])
        let pricing = try #require(records["/articles/pricing/"])
        #expect((pricing["filters"] as? [String: [String]])?["segment"] == ["Founders", "Sales leaders"])
        #expect((pricing["meta"] as? [String: String])?["title"] == "Pricing without fear")
        #expect((pricing["meta"] as? [String: String])?["date"] == "1 February 2024")
        #expect((pricing["content"] as? String)?.contains("Anchor the price on the outcome.") == true)
        #expect((records["/articles/hiring/"]?["filters"] as? [String: [String]])?["segment"] == ["Founders"])

        let search = try site.read("search/index.html")
        #expect(search.contains("<form id=\"search-form\" class=\"search-form\" role=\"search\" action=\"https://duckduckgo.com/\" method=\"get\" data-bundle=\"/pagefind/\" data-base=\"/\">"))
        #expect(search.contains("<input type=\"hidden\" name=\"sites\" value=\"s.example\">"))
        #expect(search.contains("<option value=\"Sales leaders\">Sales leaders</option>"))
        #expect(search.contains("<meta name=\"robots\" content=\"noindex\">"))
        #expect(try site.read("index.html").contains("<li><a href=\"/search/\">Search</a></li>"))
        #expect(search.contains("<li><a href=\"/search/\" aria-current=\"page\">Search</a></li>"))
        // Not a page of the site for search engines.
        #expect(!(try site.read("sitemap.xml")).contains("/search/"))
    }

    @Test("the pages are byte-identical between builds, and so are the index's fragments")
    func deterministic() throws {
        let site = try Self.site()
        defer { site.remove() }
        let pagefind = try Self.installed()
        try site.build { $0.pagefind = .at(pagefind) }
        let first = try site.snapshot()
        try site.build { $0.pagefind = .at(pagefind) }
        let second = try site.snapshot()
        // Pagefind orders its filter and meta files differently from run to run (docs/themes.md, Search).
        func stable(_ files: [String: Data]) -> [String: Data] {
            files.filter { !$0.key.hasPrefix("pagefind/") || $0.key.hasPrefix("pagefind/fragment/") }
        }
        #expect(stable(first) == stable(second))
        #expect(first.keys.contains { $0.hasPrefix("pagefind/fragment/") })
    }

    @Test("the preview indexes again after an edit: a new word is found, and the build line says so")
    func previewKeepsIndexCurrent() throws {
        let site = try Self.site()
        defer { site.remove() }
        let pagefind = try Self.installed()
        let builder = IncrementalBuilder(options: site.options { $0.pagefind = .at(pagefind) })
        #expect(try builder.rebuild(changed: nil).report.search?.pages == 2)
        try site.write("---\ntitle: \"Pricing without fear\"\ndate: 2024-02-01\nsegments: [founders, sellers]\n---\nAnchor the price on the outcome, in Zanzibar.\n",
                       to: "content/articles/pricing.md")
        let (report, kind) = try builder.rebuild(changed: ["content/articles/pricing.md"])
        #expect(kind != .full)
        #expect(report.search?.pages == 2)
        let records = try Self.fragments(in: site.root.appendingPathComponent("site"))
        #expect((records["/articles/pricing/"]?["content"] as? String)?.contains("Zanzibar") == true)
        // No leftovers of the swap beside the index.
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.root.appendingPathComponent("site").path)
            .filter { $0.hasPrefix(".pagefind") } == [])
    }

    @Test("a page may not take /search/ or /pagefind/")
    func reservedPaths() throws {
        let site = try Self.site()
        defer { site.remove() }
        try site.write("---\ntitle: \"Find\"\n---\nMine.\n", to: "content/pages/search.md")
        try site.write("---\ntitle: \"Index\"\n---\nMine.\n", to: "content/pages/pagefind.md")
        #expect(site.buildErrors().map(\.description) == [
            "content/pages/pagefind.md:1:1: error: page slug \"pagefind\" is used by Goodwill for its own pages — rename the file or set another slug: in its front matter",
            "content/pages/search.md:1:1: error: page slug \"search\" is used by Goodwill for its own pages — rename the file or set another slug: in its front matter",
        ])
    }
}
