import Foundation
import Testing
@testable import Site

/// Six articles, two segments and three tags, whose related lists were worked out by hand.
///
/// Weights are ln(6 / articles with it): founders (a1 a2 a3 a5 a6) ln 1.2 = 0.182,
/// sellers (a2 a4 a6) ln 2 = 0.693, pricing (a1 a2 a4 a6) ln 1.5 = 0.405,
/// hiring (a2 a3 a6) ln 2 = 0.693, rust (a6 only, shared with nobody).
@Suite("Related articles")
struct RelatedArticlesTests {
    static let articles: [(slug: String, segments: String, tags: String)] = [
        ("a1", "[founders]", "[pricing]"),
        ("a2", "[founders, sellers]", "[pricing, hiring]"),
        ("a3", "[founders]", "[hiring]"),
        ("a4", "[sellers]", "[pricing]"),
        ("a5", "[founders]", "[]"),
        ("a6", "[founders, sellers]", "[pricing, hiring, rust]"),
    ]

    static func site(config: String = "") throws -> TestSite {
        var files = ["goodwill.yml": "title: T\nbase_url: https://t.example/\nsegments:\n  founders: {title: Founders}\n  sellers: {title: Sellers}\n" + config]
        for (day, article) in articles.enumerated() {
            files["content/articles/\(article.slug).md"] =
                "---\ntitle: \(article.slug.uppercased())\ndate: 2024-01-0\(day + 1)\nsegments: \(article.segments)\ntags: \(article.tags)\n---\nBody.\n"
        }
        return try TestSite(files: files)
    }

    /// Each related article as "slug: reason", in the order shown.
    static func related(_ site: TestSite, _ slug: String) throws -> [String] {
        let html = try site.read("articles/\(slug)/index.html")
        guard let start = html.range(of: "<aside class=\"related\"") else { return [] }
        let aside = String(html[start.lowerBound...].prefix { $0 != "\u{0}" })
        let block = String(aside[..<aside.range(of: "</aside>")!.upperBound])
        let items = try Regex(#"<li><a href="/articles/([a-z0-9]+)/">[^<]*</a> <small>([^<]*)</small></li>"#)
        return block.matches(of: items).map { "\($0.output[1].substring!): \($0.output[2].substring!)" }
    }

    @Test("older articles only, by the rarity of what they share, then the newer; never itself")
    func handWorkedOrder() throws {
        let site = try Self.site()
        defer { site.remove() }
        try site.build()
        // a6 against a2: 0.182 + 0.693 + 0.405 + 0.693 = 1.974; a4: 0.693 + 0.405 = 1.099;
        // a3: 0.182 + 0.693 = 0.875; a1: 0.588; a5: 0.182. The reason names three, rarest first
        // (sellers and hiring tie; segments come first), so a2's leaves pricing out.
        #expect(try Self.related(site, "a6") == ["a2: also for Sellers, Founders · hiring", "a4: also for Sellers · pricing",
                                                  "a3: also for Founders · hiring"])
        // a5 shares only founders: a4 shares nothing and is left out; a3, a2, a1 tie, newer first.
        #expect(try Self.related(site, "a5") == ["a3: also for Founders", "a2: also for Founders", "a1: also for Founders"])
        // a3 against a2: 0.182 + 0.693; a1: 0.182.
        #expect(try Self.related(site, "a3") == ["a2: also for Founders · hiring", "a1: also for Founders"])
        // a1 is the oldest: nothing older, so no block at all.
        #expect(try Self.related(site, "a1") == [])
        #expect(try !site.read("articles/a1/index.html").contains("Related articles"))
    }

    @Test("include_newer lets newer articles in; equal scores go to the newer; limit caps the list")
    func includeNewerAndLimit() throws {
        let site = try Self.site(config: "related: {include_newer: true, limit: 2}\n")
        defer { site.remove() }
        try site.build()
        // a1 (founders, pricing): a6 and a2 both 0.182 + 0.405 = 0.588, a6 newer; a4 0.405 is third, cut by limit 2.
        #expect(try Self.related(site, "a1") == ["a6: also for Founders · pricing", "a2: also for Founders · pricing"])
        // a4 (sellers, pricing): a6 and a2 both share both, 1.099; a6 first.
        #expect(try Self.related(site, "a4") == ["a6: also for Sellers · pricing", "a2: also for Sellers · pricing"])
    }

    @Test("limit 0 shows none; a bad limit is an error at its line")
    func limitZeroAndBadLimit() throws {
        let none = try Self.site(config: "related: {limit: 0}\n")
        defer { none.remove() }
        try none.build()
        #expect(try Self.related(none, "a6") == [])

        let bad = try Self.site(config: "related:\n  limit: many\n")
        defer { bad.remove() }
        let errors = bad.buildErrors()
        #expect(errors.map(\.line) == [7])  // goodwill.yml's seventh line: `  limit: many`
        #expect(errors.first?.message.contains("related.limit") == true)
    }

    @Test("the same input gives byte-identical pages; a shared tag alone is 'also about'")
    func deterministic() throws {
        let first = try Self.site()
        defer { first.remove() }
        try first.build()
        let second = try Self.site()
        defer { second.remove() }
        try second.build { $0.threads = 1 }
        #expect(try first.snapshot() == second.snapshot())

        // A newer article sharing only pricing with a6, a4, a2 and a1: they tie, the newest three show.
        try first.write("---\ntitle: A7\ndate: 2024-01-07\ntags: [pricing]\n---\nBody.\n", to: "content/articles/a7.md")
        try first.build()
        #expect(try Self.related(first, "a7") == ["a6: also about pricing", "a4: also about pricing", "a2: also about pricing"])
    }

    @Test("a title edit in the preview reaches the pages that list the article as related")
    func preview() throws {
        let site = try Self.site()
        defer { site.remove() }
        let builder = IncrementalBuilder(options: site.options())
        _ = try builder.rebuild(changed: nil)
        try IncrementalBuilderTests.edit(site, "content/articles/a2.md") { $0.replacingOccurrences(of: "title: A2", with: "title: Second") }
        _ = try builder.rebuild(changed: ["content/articles/a2.md"])
        #expect(try site.read("articles/a6/index.html").contains("<a href=\"/articles/a2/\">Second</a> <small>"))
        let incremental = try site.snapshot()
        try site.build()
        #expect(try site.snapshot() == incremental)
    }
}
