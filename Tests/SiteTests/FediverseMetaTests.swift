import Core
import Foundation
import Testing
@testable import Site

/// The author's Mastodon handle becomes `fediverse:creator` on article pages (Mastodon 4.3 shows
/// the author under a link's preview); the Mastodon profile and `author.profiles` become
/// `rel="me"` links on every page, so Mastodon can verify the site as the author's.
@Suite("Fediverse creator and rel=me")
struct FediverseMetaTests {
    @Test("each written form of a handle means the same @user@host", arguments: [
        ("@ada@mastodon.social", "@ada@mastodon.social"),
        ("ada@Mastodon.Social", "@ada@mastodon.social"),
        ("https://hachyderm.io/@ada_l", "@ada_l@hachyderm.io"),
        (" @ada@fosstodon.org ", "@ada@fosstodon.org"),
    ])
    func handles(written: String, expected: String) {
        #expect(FediverseHandle.normalized(written) == expected)
    }

    @Test("not a handle", arguments: ["ada", "@ada", "@ada@localhost", "@a da@x.org", "https://x.org/ada", "@ada@x.org@y.org"])
    func notHandles(written: String) {
        #expect(FediverseHandle.normalized(written) == nil)
    }

    static let config = """
        title: "F"
        base_url: "https://f.example/"
        author:
          name: "Ada"
          mastodon: "https://mastodon.social/@ada"
          profiles: ["https://github.com/ada", "https://mastodon.social/@ada"]

        """

    @Test("creator on articles only; rel=me on every page, the Mastodon profile once")
    func headTags() throws {
        let site = try TestSite(files: [
            "goodwill.yml": Self.config,
            "content/articles/one.md": "---\ntitle: \"One\"\ndate: 2024-01-01\n---\nText.\n",
        ])
        defer { site.remove() }
        try site.build()
        let article = try site.read("articles/one/index.html")
        let home = try site.read("index.html")
        #expect(ReadingExperienceTests.meta("fediverse:creator", in: article) == "@ada@mastodon.social")
        #expect(ReadingExperienceTests.meta("fediverse:creator", in: home) == nil)
        let me = "<link rel=\"me\" href=\"https://mastodon.social/@ada\">\n<link rel=\"me\" href=\"https://github.com/ada\">\n"
        #expect(article.contains(me))
        #expect(home.contains(me))
        #expect(home.components(separatedBy: "rel=\"me\"").count - 1 == 2)
    }

    @Test("a handle that is not one, and a profile that is not a web address, are errors at their line")
    func errors() throws {
        let site = try TestSite(files: [
            "goodwill.yml": "title: \"F\"\nbase_url: \"https://f.example/\"\nauthor:\n  name: \"Ada\"\n  mastodon: \"ada\"\n",
            "content/articles/one.md": "---\ntitle: \"One\"\ndate: 2024-01-01\n---\nText.\n",
        ])
        defer { site.remove() }
        #expect(site.buildErrors().map(\.description) == [
            "goodwill.yml:5:13: error: author.mastodon should be a Mastodon handle — write mastodon: \"@you@mastodon.social\" (or the profile's address, https://mastodon.social/@you)",
        ])
        try site.write("title: \"F\"\nbase_url: \"https://f.example/\"\nauthor:\n  profiles:\n    - \"github.com/ada\"\n", to: "goodwill.yml")
        #expect(site.buildErrors().map(\.description) == [
            "goodwill.yml:5:7: error: author.profiles should list web addresses — write profiles: [\"https://github.com/you\", \"https://www.linkedin.com/in/you\"]",
        ])
    }

    @Test("the article page is an h-entry: name, author h-card, url, published and updated, content")
    func hEntry() throws {
        let site = try TestSite(files: [
            "goodwill.yml": Self.config,
            "content/articles/one.md": "---\ntitle: \"One\"\ndate: 2024-01-01\nupdated: 2024-02-03\n---\nText.\n",
        ])
        defer { site.remove() }
        try site.build()
        let html = try site.read("articles/one/index.html")
        for piece in ["<article class=\"article h-entry\">", "<h1 class=\"p-name\">One</h1>",
                      "By <span class=\"p-author h-card\">Ada</span></p>",
                      "<data class=\"u-url u-uid\" value=\"https://f.example/articles/one/\"></data>",
                      "<time class=\"dt-published\" datetime=\"2024-01-01T00:00:00Z\">",
                      "updated <time class=\"dt-updated\" datetime=\"2024-02-03T00:00:00Z\">",
                      "<div class=\"content e-content\">"] {
            #expect(html.contains(piece), "missing \(piece)")
        }
        // Lists keep plain times: their entries are not h-entries.
        #expect(!(try site.read("index.html")).contains("dt-published"))
    }
}
