import Foundation
import Markdown
import Testing
@testable import Site

/// The smaller reading fixes, each on a built site.
@Suite("Reading details")
struct ReadingDetailsTests {
    static func site() throws -> TestSite {
        let headings = (1...9).map { "## Part \($0)\n\nText.\n" }.joined(separator: "\n")
        return try TestSite(files: [
            "goodwill.yml": "title: \"R\"\nbase_url: \"https://r.example/\"\nsegments:\n  founders: {title: \"Founders\"}\n",
            "content/articles/long.md": "---\ntitle: \"It's long\"\ndate: 2024-01-01\nsegments: [founders]\nsummary: \"Nine parts -- don't worry\"\n---\n" + headings
                + "\n| Day | Give |\n|---|---|\n| 1 | a |\n\n| Day | Give |\n|---|---|\n| 2 | b |\n",
            "content/articles/short.md": "---\ntitle: \"Short\"\ndate: 2024-01-02\nsegments: [founders]\n---\nIntro.\n\n## A\n\n## B\n\n## C\n",
        ])
    }

    @Test("titles and summaries curled; a contents box of 9 starts folded, of 3 open; same-headed tables numbered")
    func articlePage() throws {
        let site = try Self.site()
        defer { site.remove() }
        try site.build()
        let long = try site.read("articles/long/index.html")
        #expect(long.contains("<h1 class=\"p-name\">It’s long</h1>"))
        #expect(long.contains("<meta name=\"description\" content=\"Nine parts – don’t worry\">"))
        #expect(long.contains("<details id=\"toc-details\">"))
        #expect(try site.read("articles/short/index.html").contains("<details id=\"toc-details\" open>"))
        #expect(long.contains("aria-label=\"Table: Day, Give\">"))
        #expect(long.contains("aria-label=\"Table: Day, Give (2)\">"))
    }

    @Test("Topics is the current section on a segment's hub and the current page on its own; elsewhere neither")
    func topicsCurrent() throws {
        let site = try Self.site()
        defer { site.remove() }
        try site.build()
        #expect(try site.read("for/founders/index.html").contains("<a href=\"/for/\" aria-current=\"true\">Topics</a>"))
        #expect(try site.read("for/index.html").contains("<a href=\"/for/\" aria-current=\"page\">Topics</a>"))
        for path in ["index.html", "articles/long/index.html", "archive/index.html"] {
            #expect(try site.read(path).contains("<a href=\"/for/\">Topics</a>"), "\(path)")
        }
    }

    @Test("heading anchors are on the page and not in the feed's content")
    func anchorsNotInFeeds() throws {
        let site = try Self.site()
        defer { site.remove() }
        try site.build()
        #expect(try site.read("articles/short/index.html").contains("<h2 id=\"a\">A<a class=\"heading-anchor\" aria-hidden=\"true\" tabindex=\"-1\" href=\"#a\">#</a></h2>"))
        let feed = try site.read("atom.xml")
        #expect(feed.contains("&lt;h2 id=&quot;a&quot;&gt;A&lt;/h2&gt;"))
        #expect(!feed.contains("heading-anchor"))
        #expect(HeadingAnchor.removed(from: "<p>x</p>") == "<p>x</p>")
    }

    @Test("the share kit's count reads as a sentence, thousands grouped")
    func shareCount() throws {
        #expect(3_000.grouped == "3,000")
        #expect(100_000.grouped == "100,000")
        #expect(999.grouped == "999")
        #expect((-1_250).grouped == "-1,250")
        #expect(1_000_000.grouped == "1,000,000")
    }
}
