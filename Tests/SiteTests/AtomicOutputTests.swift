import Core
import Foundation
import Testing
@testable import Site

@Suite("Atomic, deterministic output")
struct AtomicOutputTests {
    @Test("a failed build leaves the previous site/ exactly as it was, with no temp folders left")
    func failedBuildKeepsOldSite() throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        try site.build()
        let before = try site.snapshot()
        try site.write("---\ntitle: Broken\ndate: 2024-02-30\n---\n", to: "content/articles/broken.md")
        #expect(!site.buildErrors().isEmpty)
        #expect(try site.snapshot() == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.hasPrefix(".site") }
        #expect(leftovers.isEmpty)
    }

    @Test("a rebuild replaces the site: a removed article's page disappears")
    func rebuildReplaces() throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        try site.build()
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/articles/give-first.md"))
        try site.write("---\ntitle: Bonding\ndate: 2024-05-01\n---\n", to: "content/articles/renamed.md")
        try site.build()
        #expect(!site.exists("articles/give-first/index.html"))
        #expect(site.exists("articles/renamed/index.html"))
    }

    @Test("two builds of the same input are byte-identical")
    func deterministic() throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        try site.build()
        let first = try site.snapshot()
        try site.build()
        #expect(try site.snapshot() == first)
    }

    @Test("the writer refuses any path that would leave the output folder", arguments: ["../x.html", "a/../../x.html", "/etc/x", "..", "a/..", "a/b/../../../x", "a/.../../../x"])
    func writerStaysInside(path: String) throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("goodwill-writer-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: parent) }
        let writer = try OutputWriter(output: parent.appendingPathComponent("site"))
        #expect(throws: Diagnostic.self) { try writer.write("x", to: path) }
        try writer.write("fine", to: "a/b..c/x.html")
        try writer.write("fine", to: "a/.../x.html")
        try writer.write("fine", to: "a/..b/x.html")
        writer.discard()
        #expect(!FileManager.default.fileExists(atPath: parent.appendingPathComponent("x.html").path))
    }

    @Test("a one-thread build writes the same bytes as a many-thread build")
    func threadsDoNotChangeOutput() throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        for index in 0..<40 {
            try site.write("---\ntitle: Note \(index)\ndate: 2024-01-\(10 + index % 18)\nsegments: [founders]\n---\n## Part\n\nText \(index).\n",
                           to: "content/articles/note-\(index).md")
        }
        try site.build { $0.threads = 1 }
        let serial = try site.snapshot()
        try site.build { $0.threads = 8 }
        #expect(try site.snapshot() == serial)
    }

    @Test("an output folder that is not a built site is never replaced")
    func refusesForeignOutput() throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        try site.write("precious", to: "elsewhere/notes.txt")
        let errors = site.buildErrors { $0.output = site.root.appendingPathComponent("elsewhere") }
        #expect(errors.first?.message.contains("does not look like a built site") == true)
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("elsewhere/notes.txt").path))
    }
}
