import Foundation
import Testing
@testable import Site

/// Each bad input names its file, line and column, says what is wrong and what to do.
@Suite("Invalid content")
struct InvalidContentTests {
    static let cases: [(fixture: String, file: String, line: Int, column: Int, message: String, hint: String)] = [
        ("bad-yaml", "content/articles/post.md", 4, 16, "invalid YAML", "indentation"),
        ("bad-toml", "content/articles/post.md", 4, 13, "invalid TOML", "quotes"),
        ("missing-title", "content/articles/post.md", 1, 1, "missing `title`", "add title: \"Why give first\""),
        ("missing-date", "content/articles/post.md", 1, 1, "missing `date`", "date: 2024-03-12"),
        ("invalid-date", "content/articles/post.md", 3, 7, "date \"2023-02-30\" has no day 30: February 2023 has 28 days", "YYYY-MM-DD"),
        ("undeclared-segment", "content/articles/post.md", 4, 22, "segment \"sales-leader\" is not declared in goodwill.yml", "did you mean \"sales-leaders\"?"),
        ("duplicate-slug", "content/articles/same.md", 1, 1, "article slug \"same\" is also used by content/articles/alpha.md", "another file name"),
        ("broken-link", "content/articles/post.md", 7, 10, "broken link: links to content/articles/missing-piece.md, which does not exist", "relative to this file"),
        ("unclosed-front-matter", "content/articles/post.md", 1, 1, "front matter opened with --- is never closed", "add a line with only ---"),
    ]

    @Test("each error names file:line:column, what is wrong and what to do", arguments: cases)
    func located(_ expected: (fixture: String, file: String, line: Int, column: Int, message: String, hint: String)) throws {
        let site = try TestSite(fixture: "invalid/\(expected.fixture)")
        defer { site.remove() }
        let errors = site.buildErrors()
        try #require(errors.count == 1, "\(errors)")
        let error = errors[0]
        #expect(error.file == expected.file)
        #expect(error.line == expected.line)
        #expect(error.column == expected.column)
        #expect(error.message.contains(expected.message), "\(error)")
        #expect((error.hint ?? "").contains(expected.hint), "\(error)")
        #expect(error.description.hasPrefix("\(expected.file):\(expected.line):\(expected.column): error: "))
        #expect(!site.exists("index.html"))
    }

    @Test("a link to a draft is an error that says how to publish it")
    func linkToDraft() throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        try site.write("---\ntitle: Linker\ndate: 2024-01-01\n---\n[draft](unfinished.md)\n", to: "content/articles/linker.md")
        let errors = site.buildErrors()
        #expect(errors.map(\.description) == [
            "content/articles/linker.md:5:1: error: broken link: links to content/articles/unfinished.md, which this build does not publish — publish it (draft: false, a past date) or build with --drafts / --future",
        ])
        #expect(site.buildErrors { $0.includeDrafts = true }.isEmpty)
    }

    @Test("an internal link with percent-encoded characters reaches its file; one that decodes to nothing there is broken")
    func percentEncodedLink() throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        try site.write("---\ntitle: Spaced out\ndate: 2024-01-02\nslug: spaced-out\n---\nBody.\n", to: "content/articles/spaced out.md")
        try site.write("---\ntitle: Linker\ndate: 2024-01-01\n---\n[spaced](spaced%20out.md) and [plain](give-first.md#why)\n", to: "content/articles/linker.md")
        try site.build()
        let html = try site.read("articles/linker/index.html")
        #expect(html.contains("<a href=\"/articles/spaced-out/\">spaced</a>") && html.contains("<a href=\"/articles/give-first/#why\">plain</a>"))
        try site.write("---\ntitle: Linker\ndate: 2024-01-01\n---\n[gone](spaced%20in.md)\n", to: "content/articles/linker.md")
        #expect(site.buildErrors().map(\.message) == ["broken link: links to content/articles/spaced in.md, which does not exist"])
    }

    @Test("a tag with no letters or digits is an error at that tag, even when no other tag clashes")
    func tagWithoutWord() throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        try site.write("---\ntitle: Marks\ndate: 2024-01-02\ntags: [Trust, \"!!!\"]\n---\nBody.\n", to: "content/articles/marks.md")
        #expect(site.buildErrors().map(\.description) == [
            "content/articles/marks.md:4:15: error: tag \"!!!\" has no letters or digits — use a word, e.g. tags: [Trust]",
        ])
    }

    @Test("all errors of a build are reported at once, sorted by file")
    func manyErrors() throws {
        let site = try TestSite(fixture: "invalid/missing-title")
        defer { site.remove() }
        try site.write("---\ntitle: Other\ndate: 2024-99-01\n---\n", to: "content/articles/another.md")
        let errors = site.buildErrors()
        #expect(errors.map(\.file) == ["content/articles/another.md", "content/articles/post.md"])
        #expect(errors[0].message == "date \"2024-99-01\" has no month 99")
    }

    @Test("a date-time without an offset is refused with a hint")
    func dateTimeWithoutOffset() throws {
        let site = try TestSite(fixture: "invalid/_base")
        defer { site.remove() }
        try site.write("---\ntitle: T\ndate: 2024-01-01T10:00:00\n---\n", to: "content/articles/t.md")
        #expect(site.buildErrors().map(\.message) == ["date \"2024-01-01T10:00:00\" has a time but no offset (add Z or +01:00)"])
    }

    @Test("a segment in goodwill.yml must be URL-safe; a missing config says what to do")
    func configErrors() throws {
        let site = try TestSite(files: ["content/articles/a.md": "---\ntitle: A\ndate: 2024-01-01\n---\n"])
        defer { site.remove() }
        #expect(site.buildErrors().first?.hint?.contains("goodwill init") == true)
        try site.write("title: T\nbase_url: https://x.example/\nsegments:\n  Sales Leaders: {title: S}\n", to: "goodwill.yml")
        let errors = site.buildErrors()
        #expect(errors.map(\.description) == ["goodwill.yml:4:3: error: segment slug \"Sales Leaders\" is not URL-safe — use lowercase letters, digits and dashes, e.g. \"sales-leaders\""])
    }

    @Test("a page may not take a path Goodwill writes itself")
    func reservedPageSlug() throws {
        let site = try TestSite(fixture: "invalid/_base")
        defer { site.remove() }
        try site.write("---\ntitle: Tags\n---\n", to: "content/pages/tags.md")
        #expect(site.buildErrors().map(\.message) == ["page slug \"tags\" is used by Goodwill for its own pages"])
    }
}
