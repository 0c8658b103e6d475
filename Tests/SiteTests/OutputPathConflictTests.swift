import Core
import Foundation
import Testing
@testable import Site

/// An alias may never take a path the build writes for something else: before, `/tags/` quietly
/// replaced the tags index with a redirect and `goodwill check` said OK.
@Suite("Aliases against every output path")
struct OutputPathConflictTests {
    static func article(aliases: String) -> String {
        "---\ntitle: Moved\ndate: 2024-01-01\naliases: \(aliases)\n---\nText.\n"
    }

    @Test("an alias that takes a generated page, feed or file is an error at its line and column", arguments: [
        ("/tags/", "would replace tags/index.html, which this site's build writes itself"),
        ("/for/founders/", "would replace for/founders/index.html, which this site's build writes itself"),
        ("/for/", "would replace for/index.html, which this site's build writes itself"),
        ("/archive/", "would replace archive/index.html, which this site's build writes itself"),
        ("/404.html", "would replace 404.html, which this site's build writes itself"),
        ("/about/", "would replace about/index.html, which this site's build writes itself"),
        ("/atom.xml", "would need a folder atom.xml/, but this site's build writes the file atom.xml"),
        ("/for/founders/atom.xml/", "would need a folder for/founders/atom.xml/, but this site's build writes the file for/founders/atom.xml"),
        ("/style.css/", "would need a folder style.css/, but this site's build writes the file style.css"),
    ])
    func generatedPaths(alias: String, problem: String) throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        try site.write(Self.article(aliases: "[\(alias)]"), to: "content/articles/moved.md")
        let errors = site.buildErrors()
        #expect(errors.map(\.file) == ["content/articles/moved.md"])
        #expect(errors.first.map { ($0.line, $0.column) } ?? (0, 0) == (4, 11))
        #expect(errors.first?.message == "alias \"\(alias)\" \(problem)", "\(errors)")
    }

    @Test("a failed build keeps the tags index that the alias would have replaced")
    func previousOutputKept() throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        try site.build()
        let before = try site.read("tags/index.html")
        try site.write(Self.article(aliases: "[/tags/]"), to: "content/articles/moved.md")
        #expect(site.buildErrors().count == 1)
        #expect(try site.read("tags/index.html") == before)
        #expect(before.contains("<h1>Tags</h1>"))
    }

    @Test("a paginated page, a static file and another alias are taken too")
    func otherOutputs() throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        try site.write("robots: yes\n", to: "static/robots.txt")
        try site.write(Self.article(aliases: "[/robots.txt.html, /page/2/, /old/]"), to: "content/articles/moved.md")
        try site.write("---\ntitle: Other\ndate: 2024-01-02\naliases: [/old/]\n---\nText.\n", to: "content/articles/other.md")
        let config = site.root.appendingPathComponent("goodwill.yml")
        try (try String(contentsOf: config, encoding: .utf8) + "paginate: 2\n").write(to: config, atomically: true, encoding: .utf8)
        let messages = site.buildErrors().map(\.message)
        #expect(messages.contains("alias \"/page/2/\" would replace page/2/index.html, which this site's build writes itself"))
        #expect(messages.contains { $0.hasPrefix("alias \"/old/\" would overwrite old/index.html, which the alias \"/old/\" writes too") })
        #expect(messages.count == 2, "\(messages)")
    }

    @Test("an alias whose last segment has a dot is a folder unless it ends in .html or .htm")
    func dottedAliases() throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        try site.write(Self.article(aliases: "[/releases/1.88.0, /v2.0, /old.htm, /Old.HTML]"), to: "content/articles/moved.md")
        try site.build()
        for file in ["releases/1.88.0/index.html", "v2.0/index.html", "old.htm", "Old.HTML"] {
            #expect(try site.read(file).contains("url=https://fixture.example/articles/moved/"), "\(file)")
        }
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("v2.0").path + "/v2.0"))
    }

    @Test("goodwill check reports the same conflict without writing anything")
    func checkReportsIt() throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        try site.write(Self.article(aliases: "[/for/founders/]"), to: "content/articles/moved.md")
        let report = SiteChecker(options: site.options()).check()
        #expect(report.errors.map(\.description).contains { $0.hasPrefix("content/articles/moved.md:4:11: error: alias \"/for/founders/\" would replace") })
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }
}
