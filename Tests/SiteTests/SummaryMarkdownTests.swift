import Foundation
import Testing
@testable import Site

@Suite("Markdown in front matter summaries, and counts in words")
struct SummaryMarkdownTests {
    @Test("a summary's *emphasis* and `code` render on list pages and leave descriptions and feeds as plain text")
    func inlineSummary() throws {
        let site = try TestSite(files: [
            "goodwill.yml": "title: T\nbase_url: https://t.example/\nsegments:\n  founders: {title: Founders}\n  sellers: {title: Sellers}\n",
            "content/articles/a.md": "---\ntitle: A\ndate: 2024-01-01\nsegments: [founders, sellers]\nsummary: \"Why *asking first* fails, and `give()` <b>wins</b> & more\"\n---\nBody.\n",
            "content/articles/b.md": "---\ntitle: B\ndate: 2024-01-02\nsegments: [sellers]\nsummary: Plain & simple\n---\nBody.\n",
        ])
        defer { site.remove() }
        try site.build()
        let home = try site.read("index.html")
        // Raw HTML in front matter is dropped (libcmark's safe mode), its text kept.
        #expect(home.contains("<p>Why <em>asking first</em> fails, and <code>give()</code> wins &amp; more</p>"))
        #expect(home.contains("<p>Plain &amp; simple</p>"))
        let article = try site.read("articles/a/index.html")
        #expect(article.contains("<meta name=\"description\" content=\"Why asking first fails, and give() wins &amp; more\">"))
        #expect(try site.read("atom.xml").contains("Why asking first fails, and give() wins &amp; more"))
        // One article for Founders, two for Sellers: "1 article", "2 articles".
        #expect(home.contains("<span class=\"count\">1 article</span>"))
        #expect(home.contains("<span class=\"count\">2 articles</span>"))
        #expect(try site.read("for/index.html").contains("<span class=\"count\">1 article · <a"))
    }
}
