import Core
import Foundation
import Testing
@testable import Share
@testable import Site

/// docs/themes.md is the theme author's contract: every variable it documents must be in the
/// context of the templates it names. A fixture site with every optional thing (an image, an
/// update, pagination, extra keys) is planned, and each documented name looked up.
@Suite("docs/themes.md matches the template contexts")
struct DocumentedVariablesTests {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every template's contexts, from the whole plan of a fixture site.
    static func contexts() throws -> [String: [PageView]] {
        let root = try ShareKitTests.site()
        defer { try? FileManager.default.removeItem(at: root) }
        let config = root.appendingPathComponent("goodwill.yml")
        try (try String(contentsOf: config, encoding: .utf8)
             .replacingOccurrences(of: "author: {name: \"Fixture Writer\"}", with: "author: {name: \"F\", email: f@x.example, url: \"https://x.example/\", bio: Writes.}")
             + "paginate: 1\nextra: {twitter: \"@f\"}\nimage: https://fixture.example/default.png\n").write(to: config, atomically: true, encoding: .utf8)
        try """
            ---
            title: Everything
            date: 2024-02-01
            updated: 2024-03-01
            image: https://fixture.example/cover.png
            mood: calm
            segments: [founders]
            tags: [Trust]
            aliases: [/old/]
            ---
            A summary paragraph.

            ## One
            ## Two
            ## Three
            """.write(to: root.appendingPathComponent("content/articles/everything.md"), atomically: true, encoding: .utf8)

        var siteConfig = try ConfigLoader.load(siteRoot: root)
        // As a build resolves it with Pagefind installed: the search page and `site.search_url` exist.
        siteConfig.search = .on
        let contributors: [BuildContributor] = [ShareKit()]
        let theme = try Theme.load(siteRoot: root, config: siteConfig, contributed: contributors.templates)
        var options = BuildOptions(source: root)
        options.today = Today(instant: 1_764_000_000, timeZone: TimeZone(secondsFromGMT: 0)!)
        let rendering = ContentRendering(try ContentLoader(root: root, config: siteConfig).load(), config: siteConfig, options: options)
        #expect(rendering.errors.isEmpty)
        let plan = SitePlan(config: siteConfig, theme: theme, articles: rendering.articles, pages: rendering.pages,
                            contributors: contributors, threads: 1)
        var contexts: [String: [PageView]] = [:]
        for index in plan.articles.indices { contexts["article", default: []].append(plan.articleContext(at: index)) }
        for page in plan.pages { contexts["page", default: []].append(plan.pageContext(page)) }
        for file in plan.summaryFiles().files + (try plan.aliasPages()) + (try plan.contributedFiles(threads: 1)) + [plan.searchPage()].compactMap({ $0 }) {
            switch file.content {
            case .template(let name, let context): contexts[name, default: []].append(context)
            case .deferredTemplate(let name, let make): contexts[name, default: []].append(make())
            case .text, .deferredText, .utf8: break
            }
        }
        return contexts
    }

    /// Whether `path` (`site.author.name`) leads to a value from `value`; a list leads on
    /// through any of its elements.
    static func resolves(_ path: ArraySlice<Substring>, in value: Any) -> Bool {
        guard let key = path.first else { return true }
        if let table = value as? [String: Any] {
            guard let next = table[String(key)] else { return false }
            return resolves(path.dropFirst(), in: next)
        }
        if let view = value as? any TemplateView {
            guard let next = view.child(named: String(key)) else { return false }
            return resolves(path.dropFirst(), in: next)
        }
        if let list = value as? [Any] { return list.contains { resolves(path, in: $0) } }
        return false
    }

    /// (templates, variable paths) for every row of the doc's variable tables.
    static func documented() throws -> [(templates: [String], path: String, row: String)] {
        let all = ["article", "page", "home", "list", "segments", "tags", "archive", "404", "alias", "share", "search"]
        let doc = try String(contentsOf: repo.appendingPathComponent("docs/themes.md"), encoding: .utf8)
        var heading = ""
        var rows: [(templates: [String], path: String, row: String)] = []
        for line in doc.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("#") { heading = line; continue }
            guard line.hasPrefix("| `"), !heading.contains("Where templates come from"), !heading.contains("prepared values are partials") else { continue }
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            var templates: [String], prefix = "", namesCell = cells[0]
            switch heading {
            case "## Every template":
                // Rows that say where they apply are checked there: "(articles)", "on paginated
                // lists", "on articles … on the home page", "front matter `image`".
                let text = cells[1]
                if text.hasPrefix("(articles)") { templates = ["article"] }
                else if text.contains("on paginated lists") { templates = ["home", "list"] }
                else if text.contains("on articles"), text.contains("home page") { templates = ["article", "home"] }
                // The default image of goodwill.yml is every page's; an article's own, the article's.
                else if text.contains("front matter `image`"), !text.contains("goodwill.yml") { templates = ["article"] }
                else { templates = all }
            case "## `home`": templates = ["home"]
            case _ where heading.hasPrefix("## `list`"): templates = ["list"]
            case _ where heading.hasPrefix("## `segments`"):
                templates = [cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))]
                namesCell = cells[1]
            case "## `article` and `page`": templates = cells[1].hasPrefix("(articles)") ? ["article"] : ["article", "page"]
            case "### A segment": (templates, prefix) = (["home"], "site.segments.")
            case _ where heading.hasPrefix("### An article summary"): (templates, prefix) = (["home"], "articles.")
            case _ where heading.hasPrefix("### `page`"): (templates, prefix) = (["article"], "page.")
            default:
                Issue.record("docs/themes.md: a variable table under \(heading) that this test does not know")
                continue
            }
            var parent = ""
            for match in namesCell.matches(of: /`([^`]+)`/) {
                var name = String(match.output.1)
                if name.hasPrefix(".") { name = parent + name } else { parent = name.split(separator: ".").dropLast().joined(separator: ".") }
                rows.append((templates, prefix + name, line))
            }
        }
        return rows
    }

    @Test("every documented variable is in the context of each template the doc names")
    func everyDocumentedVariableExists() throws {
        let contexts = try Self.contexts()
        let rows = try Self.documented()
        #expect(rows.count > 80)
        for (templates, path, row) in rows {
            for template in templates {
                let found = (contexts[template] ?? []).contains { Self.resolves(path.split(separator: ".")[...], in: $0) }
                #expect(found, "\(template): \(path) is documented (\(row.prefix(60))…) but no \(template) page has it")
            }
        }
    }

    /// The other direction: every value a template is given is documented for that template, so
    /// the doc cannot fall behind the code. Checked for the top-level keys of every template and
    /// for the values the doc describes key by key: `site`, `page`, an article summary in
    /// `articles`, a segment in `site.segments`.
    @Test("every value in a template's context is documented for that template")
    func everyValueIsDocumented() throws {
        let contexts = try Self.contexts()
        let rows = try Self.documented()
        var documented: [String: Set<String>] = [:]
        for (templates, path, _) in rows {
            for template in templates { documented[template, default: []].insert(path) }
        }
        // `page` is "everything in an article summary, and" what its own table adds.
        for path in documented["home"] ?? [] where path.hasPrefix("articles.") {
            documented["article", default: []].insert("page." + path.dropFirst("articles.".count))
        }
        func isDocumented(_ path: String, in template: String) -> Bool {
            let paths = documented[template] ?? []
            return paths.contains(path) || paths.contains { $0.hasPrefix(path + ".") }
        }
        var missing: Set<String> = []
        /// The names a value answers: a dictionary's keys, a typed view's own list of them.
        func keys(of value: Any) -> [String] {
            if let table = value as? [String: Any] { return Array(table.keys) }
            if let page = value as? PageView { return page.names }
            if let view = value as? any TemplateView { return type(of: view).keys }
            return []
        }
        func check(_ value: Any, prefix: String, template: String) {
            for key in keys(of: value) where !isDocumented(prefix + key, in: template) { missing.insert("\(template): \(prefix)\(key)") }
        }
        for (template, list) in contexts {
            for context in list {
                check(context, prefix: "", template: template)
                if let site = context.child(named: "site") as? SiteView {
                    check(site, prefix: "site.", template: template)
                    check(site.author, prefix: "site.author.", template: template)
                    for segment in site.segments where template == "home" { check(segment, prefix: "site.segments.", template: template) }
                } else {
                    Issue.record("\(template): no site value")
                }
                if template == "article", let page = context.child(named: "page") { check(page, prefix: "page.", template: template) }
                if template == "home" {
                    for article in context.child(named: "articles") as? [Any] ?? [] { check(article, prefix: "articles.", template: template) }
                }
            }
        }
        #expect(missing.isEmpty, "in a context but not in docs/themes.md: \(missing.sorted().joined(separator: ", "))")
    }

    @Test("the doc's table of overridable partials is SiteTemplate.prepared, each with the value it makes")
    func preparedPartialsDocumented() throws {
        let doc = try String(contentsOf: Self.repo.appendingPathComponent("docs/themes.md"), encoding: .utf8)
        let section = try #require(doc.components(separatedBy: "### The prepared values are partials you can override").last?
            .components(separatedBy: "\n#").first)
        let rows = section.split(separator: "\n").filter { $0.hasPrefix("| `") }.map { $0.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) } }
        #expect(rows.map { $0[0] } == SiteTemplate.prepared.map { "`\($0.rawValue)`" })
        #expect(rows.allSatisfy { $0[1].contains("_html`") })
    }
}
