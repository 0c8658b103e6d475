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
        #expect(report.files == 1)
        #expect(try site.read("articles/bonding-ties/index.html").contains("A new closing line."))
        #expect(try site.read("index.html") == homeBefore)
        // Nothing differs from what a full build makes of the same sources.
        let incremental = try site.snapshot()
        try SiteBuilder(options: site.options()).build()
        #expect(try site.snapshot() == incremental)
    }

    @Test("a front matter edit, a new file or a config change rebuilds everything")
    func fullRebuilds() throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        let builder = Self.builder(site)
        _ = try builder.rebuild(changed: nil)
        try Self.edit(site, "content/articles/bonding-ties.md") { $0.replacingOccurrences(of: "Bonding and bridging ties", with: "Bonding, bridging") }
        #expect(try builder.rebuild(changed: ["content/articles/bonding-ties.md"]).kind == .full)
        #expect(try site.read("index.html").contains("Bonding, bridging"))
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
        #expect(throws: BuildFailure.self) { try builder.rebuild(changed: ["content/articles/bonding-ties.md"]) }
        #expect(!(try site.read("articles/bonding-ties/index.html")).contains("broken"))
        try Self.edit(site, "content/articles/give-first.md") { $0 + "\nMore.\n" }
        #expect(throws: BuildFailure.self) { try builder.rebuild(changed: ["content/articles/give-first.md"]) }
        try Self.edit(site, "content/articles/bonding-ties.md") { $0.replacingOccurrences(of: "[broken](missing.md)", with: "fixed") }
        #expect(try builder.rebuild(changed: ["content/articles/bonding-ties.md"]).kind == .full)
        #expect(try site.read("articles/bonding-ties/index.html").contains("fixed"))
    }
}
