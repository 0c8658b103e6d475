import Core
import Foundation
import Testing
@testable import Site

/// Sites each with one fault, added to a site that has been built once. Each fault is an error
/// at `file:line:column` that says what to do, and the site built before stays byte for byte
/// as it was — unless the fault has a documented handling (a warning, or it builds).
@Suite("Broken input, one fault at a time")
struct BrokenInputCatalogueTests {
    /// A yaml-site built once; returns it and a snapshot of its output.
    static func builtSite() throws -> (TestSite, [String: Data]) {
        let site = try TestSite(fixture: "yaml-site")
        try site.build()
        return (site, try site.snapshot())
    }

    static func writeBytes(_ bytes: [UInt8], to path: String, in site: TestSite) throws {
        let url = site.root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    struct Fault: CustomTestStringConvertible, Sendable {
        var name: String
        var files: [String: [UInt8]]
        /// `file:line:column: error: ` and words the message must contain.
        var location: String
        var message: String
        var hint: String
        var testDescription: String { name }
    }

    static let faults: [Fault] = [
        Fault(name: "invalid UTF-8 (a Latin-1 é in the body)",
              files: ["content/articles/latin1.md": Array("---\ntitle: Latin\ndate: 2024-01-01\n---\n\nfirst line\nCaf".utf8) + [0xE9] + Array(" au lait\n".utf8)],
              location: "content/articles/latin1.md:7:4", message: "not valid UTF-8", hint: "save the file as UTF-8"),
        Fault(name: "invalid UTF-8 in the front matter",
              files: ["content/articles/latin1.md": Array("---\ntitle: Caf".utf8) + [0xE9, 0x0A] + Array("date: 2024-01-01\n---\n".utf8)],
              location: "content/articles/latin1.md:2:11", message: "not valid UTF-8", hint: "save the file as UTF-8"),
        Fault(name: "a binary file among the articles",
              files: ["content/articles/photo.md": [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]],
              location: "content/articles/photo.md:1:1", message: "binary", hint: "move it"),
        Fault(name: "an empty file",
              files: ["content/articles/empty.md": []],
              location: "content/articles/empty.md:1:1", message: "empty", hint: "title:"),
        Fault(name: "unterminated front matter",
              files: ["content/articles/open.md": Array("---\ntitle: Open\ndate: 2024-01-01\n\nBody.\n".utf8)],
              location: "content/articles/open.md:1:1", message: "never closed", hint: "add a line with only ---"),
        Fault(name: "date: 2023-02-30",
              files: ["content/articles/leap.md": Array("---\ntitle: Leap\ndate: 2023-02-30\n---\n".utf8)],
              location: "content/articles/leap.md:3:7", message: "has no day 30", hint: "YYYY-MM-DD"),
        Fault(name: "a segment typo",
              files: ["content/articles/typo.md": Array("---\ntitle: Typo\ndate: 2024-01-01\nsegments: [founder]\n---\n".utf8)],
              location: "content/articles/typo.md:4:12", message: "segment \"founder\" is not declared", hint: "did you mean \"founders\"?"),
        Fault(name: "two articles whose slugs collide",
              files: ["content/articles/again.md": Array("---\ntitle: Again\ndate: 2024-01-01\nslug: give-first\n---\n".utf8)],
              location: "content/articles/give-first.md:1:1", message: "also used by content/articles/again.md", hint: "another"),
        Fault(name: "slug: ../../x",
              files: ["content/articles/escape.md": Array("---\ntitle: Escape\ndate: 2024-01-01\nslug: ../../x\n---\n".utf8)],
              location: "content/articles/escape.md:4:7", message: "slug \"../../x\" is a path", hint: "one URL segment"),
        Fault(name: "an alias with ..",
              files: ["content/articles/alias.md": Array("---\ntitle: Alias\ndate: 2024-01-01\naliases: [/old/../../../etc/x/]\n---\n".utf8)],
              location: "content/articles/alias.md:4:11", message: "alias \"/old/../../../etc/x/\"", hint: "e.g. /2019/old-title/"),
        Fault(name: "a theme template with a syntax error",
              files: ["templates/page.mustache": Array("<p>\n<b>{{/page}}</b>\n".utf8)],
              location: "templates/page.mustache:2:7", message: "template syntax", hint: "{{/section}}"),
        Fault(name: "a theme template that names a missing partial",
              files: ["templates/page.mustache": Array("<main>\n  {{> sidebar}}\n</main>\n".utf8)],
              location: "templates/page.mustache:2:3", message: "no partial \"sidebar\"", hint: "add templates/sidebar.mustache"),
        Fault(name: "the private ledger placed under static/",
              files: ["static/network/contacts.csv": Array("id,name\nada,Ada\n".utf8)],
              location: "static/network", message: "private", hint: "move it"),
    ]

    @Test("each fault is an error at its place that says what to do; the previous site stays as it was", arguments: faults)
    func fault(_ fault: Fault) throws {
        let (site, before) = try Self.builtSite()
        defer { site.remove() }
        for (path, bytes) in fault.files { try Self.writeBytes(bytes, to: path, in: site) }
        let errors = site.buildErrors()
        let error = try #require(errors.first, "the build succeeded")
        #expect(errors.count == 1, "\(errors)")
        #expect(error.description.hasPrefix("\(fault.location): error: "), "\(error)")
        #expect(error.message.contains(fault.message), "\(error)")
        #expect((error.hint ?? "").contains(fault.hint), "\(error)")
        #expect(try site.snapshot() == before, "the previous site changed")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.hasPrefix(".site") }
        #expect(leftovers.isEmpty)
    }

    @Test("a UTF-8 byte order mark and CRLF line ends build exactly like the clean file")
    func bomAndCRLF() throws {
        let clean = "---\ntitle: \"Line ends\"\ndate: 2024-02-02\nsegments: [founders]\ntags: [Trust]\n---\n\nA paragraph\nover two lines.\n\n## A heading\n\n- one\n- two\n"
        let (site, _) = try Self.builtSite()
        defer { site.remove() }
        try site.write(clean, to: "content/articles/line-ends.md")
        try site.build()
        let expected = try site.snapshot()
        for variant in [[0xEF, 0xBB, 0xBF] + Array(clean.utf8),
                        Array(clean.replacingOccurrences(of: "\n", with: "\r\n").utf8),
                        [0xEF, 0xBB, 0xBF] + Array(clean.replacingOccurrences(of: "\n", with: "\r\n").utf8)] {
            try Self.writeBytes(variant, to: "content/articles/line-ends.md", in: site)
            try site.build()
            let built = try site.snapshot()
            #expect(built.keys.sorted() == expected.keys.sorted())
            for (path, data) in expected where built[path] != data { Issue.record("\(path) differs") }
        }
    }

    @Test("an article of 50 MB builds")
    func hugeArticle() throws {
        let (site, _) = try Self.builtSite()
        defer { site.remove() }
        let paragraph = String(repeating: "Give first, ask later; trust is built by useful content. ", count: 16) + "\n\n"
        var text = "---\ntitle: Huge\ndate: 2024-01-01\n---\n\n"
        text.reserveCapacity(50_500_000)
        while text.utf8.count < 50_000_000 { text += paragraph }
        try site.write(text, to: "content/articles/huge.md")
        let report = try site.build()
        #expect(report.articles == 4)
        let page = try Data(contentsOf: site.output.appendingPathComponent("articles/huge/index.html"))
        #expect(page.count > 50_000_000)
    }

    @Test("a symlink loop and a dangling symlink in content/ are warnings that name them; the build goes on")
    func symlinks() throws {
        let (site, _) = try Self.builtSite()
        defer { site.remove() }
        let articles = site.root.appendingPathComponent("content/articles").path
        try FileManager.default.createSymbolicLink(atPath: articles + "/loop-a.md", withDestinationPath: "loop-b.md")
        try FileManager.default.createSymbolicLink(atPath: articles + "/loop-b.md", withDestinationPath: "loop-a.md")
        try FileManager.default.createSymbolicLink(atPath: articles + "/gone.md", withDestinationPath: "/nonexistent/gone.md")
        try FileManager.default.createSymbolicLink(atPath: articles + "/field-guide/self", withDestinationPath: ".")
        let report = try site.build()
        #expect(report.articles == 3)
        #expect(report.warnings.map(\.description).filter { $0.contains("symbolic link") } == [
            "content/articles/field-guide/self: warning: a symbolic link to a folder that contains it (a loop): left out — remove the link",
            "content/articles/gone.md: warning: a symbolic link to /nonexistent/gone.md, which does not exist: left out — remove the link or restore its target",
            "content/articles/loop-a.md: warning: a symbolic link that loops back to itself: left out — remove the link",
            "content/articles/loop-b.md: warning: a symbolic link that loops back to itself: left out — remove the link",
        ])
    }

    @Test("a symbolic link in static/ that points outside the site is an error: it would publish that file")
    func staticSymlinkOutside() throws {
        let (site, before) = try Self.builtSite()
        defer { site.remove() }
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("goodwill-outside-\(UUID().uuidString)")
        try "secret".write(to: outside, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createSymbolicLink(atPath: site.root.appendingPathComponent("static/keys.txt").path, withDestinationPath: outside.path)
        let errors = site.buildErrors()
        #expect(errors.map(\.description) == [
            "static/keys.txt: error: a symbolic link to \(outside.path), outside the site: the build would publish it — copy what you mean to publish into static/, or remove the link",
        ])
        #expect(try site.snapshot() == before)
    }
}
