import Foundation
import Testing
@testable import Site

@Suite("Themes")
struct ThemeTests {
    static let repoRoot = TestSite.fixtures.deletingLastPathComponent().deletingLastPathComponent()

    @Test("a site with no themes/ folder builds with the built-in default theme")
    func builtInTheme() throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("themes").path))
        try site.build()
        #expect(try site.read("style.css").contains("prefers-color-scheme: dark"))
    }

    @Test("the built-in theme is the same as themes/default in the repository")
    func embeddedThemeInSync() throws {
        let folder = Self.repoRoot.appendingPathComponent("themes/default")
        let templates = FileIO.files(under: folder.appendingPathComponent("templates").path)
        #expect(Set(templates.map { String($0.dropLast(".mustache".count)) }) == Set(DefaultTheme.templates.keys))
        for name in templates {
            let text = try String(contentsOf: folder.appendingPathComponent("templates/" + name), encoding: .utf8)
            #expect(DefaultTheme.templates[String(name.dropLast(".mustache".count))] == text, "run scripts/embed-default-theme.py")
        }
        for name in FileIO.files(under: folder.appendingPathComponent("static").path) {
            let text = try String(contentsOf: folder.appendingPathComponent("static/" + name), encoding: .utf8)
            #expect(DefaultTheme.staticFiles[name] == text, "run scripts/embed-default-theme.py")
        }
    }

    @Test("a template syntax error names the template file and line")
    func templateError() throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        try site.write("<p>\n<b>{{/page}}</b>\n", to: "templates/page.mustache")
        let errors = site.buildErrors()
        #expect(errors.map(\.description) == [
            "templates/page.mustache:2:7: error: template syntax: this closes a section that is not the one open — every {{#section}} needs its {{/section}}, with the same name",
        ])
    }

    @Test("a theme named in the config but missing is an error")
    func missingTheme() throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        let config = try String(contentsOf: site.root.appendingPathComponent("goodwill.yml"), encoding: .utf8)
        try site.write(config + "theme: nonexistent\n", to: "goodwill.yml")
        #expect(site.buildErrors().first?.message == "theme \"nonexistent\" not found in themes/")
    }
}

@Suite("Default theme constraints")
struct DefaultThemeConstraintTests {
    @Test("the stylesheet stays under 20 KB")
    func cssSize() {
        #expect(DefaultTheme.staticFiles["style.css"]!.utf8.count < 20_000)
    }

    @Test("no page loads anything from another host and none needs JavaScript")
    func selfContained() throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        try site.write("---\ntitle: Img\ndate: 2024-01-01\n---\n![x](https://cdn.example/x.png)\n", to: "content/articles/img.md")
        try site.build()
        for path in FileIO.files(under: site.output.path) where path.hasSuffix(".html") && path != "articles/img/index.html" {
            let html = try site.read(path)
            let loaded = HTML.values(of: "src", in: html) + html.matches(of: try Regex(#"<link rel="stylesheet" href="([^"]*)""#)).map { String($0.output[1].substring!) }
            #expect(loaded.allSatisfy { !$0.contains("://") }, "\(path) loads \(loaded)")
            #expect(!html.contains("<script>") && !html.contains("<script src"), "\(path) has a script")
        }
    }
}
