import Core
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

    @Test("an HTML fragment value renders as its text would, in every form a template can use a string")
    func htmlFragmentReadsAsString() throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        let probe = "[{{{x}}}] [{{x}}] [{{#x}}<{{.}}>{{/x}}] [{{^x}}none{{/x}}] [{{uppercased(x)}}] [{{reversed(x)}}]"
        let config = try ConfigLoader.load(siteRoot: site.root)
        let theme = try Theme.load(siteRoot: site.root, config: config, contributed: ["probe": probe])
        for text in ["", "plain", "<b>Give & \"ask\"</b> 信頼 👍🏽", "<nav>\n  <a href=\"/\">Home</a>\n</nav>"] {
            let asString = try #require(theme.library.render(["x": text], withTemplate: "probe"))
            #expect(theme.library.render(["x": HTMLFragment(text)], withTemplate: "probe") == asString, "\(text.debugDescription)")
            if text == "plain" { #expect(asString == "[plain] [plain] [<plain>] [] [PLAIN] [nialp]") }
        }
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

    @Test("no page loads anything from another host, and scripts only enhance what works without them")
    func selfContained() throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        try site.write("---\ntitle: Img\ndate: 2024-01-01\n---\n![x](https://cdn.example/x.png)\n", to: "content/articles/img.md")
        try site.build()
        for path in FileIO.files(under: site.output.path) where path.hasSuffix(".html") && path != "articles/img/index.html" {
            let html = try site.read(path)
            let loaded = HTML.values(of: "src", in: html) + html.matches(of: try Regex(#"<link rel="stylesheet" href="([^"]*)""#)).map { String($0.output[1].substring!) }
            #expect(loaded.allSatisfy { !$0.contains("://") }, "\(path) loads \(loaded)")
            // Only the theme's enhancements: the contents folded on a phone, code given a Copy
            // button. Without them every page reads in full (its code included).
            let scripts = html.matches(of: /<script[^>]*>/).map { String($0.output) }.filter { $0 != "<script type=\"application/ld+json\">" }
            let enhancements: Set = ["<script>", "<script src=\"/js/code.js\" defer>"]
            #expect(scripts.allSatisfy(enhancements.contains), "\(path) has \(scripts)")
            if html.contains("<script>") { #expect(html.contains("<script>if (matchMedia(\"(max-width: 40rem)\").matches) document.getElementById(\"toc-details\").open = false;</script>")) }
        }
    }

    @Test("site-header and site-footer partials, overridden by a site, appear on every kind of page; the menu marks the current page")
    func headerAndFooterPartials() throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        try site.write("<header class=\"mine\">{{site.title}}{{#nav}} [{{title}}{{#current}}*{{/current}}]{{/nav}}</header>\n",
                       to: "templates/site-header.mustache")
        try site.write("<footer class=\"mine\">by {{site.author.name}}</footer>\n", to: "templates/site-footer.mustache")
        try site.build()
        let pages = FileIO.files(under: site.output.path).filter { $0.hasSuffix(".html") && !$0.contains("/page/") }
        for path in pages {
            let html = try site.read(path)
            // Redirect pages (aliases) have no menu; every other page has both, once, with no blank line left.
            if html.contains("http-equiv=\"refresh\"") { continue }
            #expect(html.components(separatedBy: "<header class=\"mine\">").count == 2, "\(path)")
            #expect(html.contains("</header>\n<main"), "\(path)")
            #expect(html.contains("<footer class=\"mine\">by "), "\(path)")
        }
        #expect(try site.read("archive/index.html").contains("[Archive*]"))
        #expect(try site.read("index.html").contains("[Articles*]"))
        let article = try site.read(pages.first { $0.hasPrefix("articles/") }!)
        #expect(!article.contains("*]"), "no menu entry is current on an article")
    }

    @Test("a base template that writes its own head tags from the individual values still gets them all")
    func headFromIndividualValues() throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        try site.write("""
            <!DOCTYPE html><html><head><title>{{page_title}}</title>
            <meta property="og:title" content="{{og_title}}">{{#description}}<meta name="description" content="{{.}}">{{/description}}
            {{#published_time}}<meta property="article:published_time" content="{{.}}">{{/published_time}}
            <link rel="canonical" href="{{canonical_url}}">{{#json_ld}}<script type="application/ld+json">{{{.}}}</script>{{/json_ld}}
            </head><body>{{$main}}{{/main}}</body></html>
            """, to: "templates/base.mustache")
        try site.build()
        let path = FileIO.files(under: site.output.path).first { $0.hasPrefix("articles/") && $0.hasSuffix("index.html") }!
        let html = try site.read(path)
        #expect(html.contains("<meta property=\"og:title\" content=\""))
        #expect(html.contains("<meta name=\"description\" content=\""))
        #expect(html.contains("<meta property=\"article:published_time\" content=\"20"))
        #expect(html.contains("<link rel=\"canonical\" href=\"https://"))
        #expect(html.contains("\"@type\":\"BlogPosting\""))
        #expect(!html.contains("og:site_name"), "head_meta is only where a template puts it")
    }

    @Test("cards_html is the page's cards in order, the same as looping over articles' card_html")
    func cardsHTML() throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        try site.write("{{<base}}{{$main}}<div id=\"a\">{{{cards_html}}}</div><div id=\"b\">{{#articles}}{{{card_html}}}{{/articles}}</div>{{/main}}{{/base}}",
                       to: "templates/home.mustache")
        try site.build()
        let html = try site.read("index.html")
        func between(_ start: String, _ end: String) -> Substring {
            let from = html.range(of: start)!.upperBound
            return html[from..<html[from...].range(of: end)!.lowerBound]
        }
        let joined = between("<div id=\"a\">", "</div><div id=\"b\">")
        #expect(joined.contains("<li class=\"article-summary\">"))
        #expect(joined == between("<div id=\"b\">", "</div>\n</main>"))
    }
}
