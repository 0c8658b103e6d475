import Core
import Foundation
import Testing
@testable import Share
import Site

@Suite("The share kit in a build")
struct ShareKitTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func site() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("goodwill-share-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("yaml-site"), to: root)
        return root
    }

    static func build(_ root: URL) throws {
        var options = BuildOptions(source: root)
        options.today = Today(instant: 1_764_000_000, timeZone: TimeZone(secondsFromGMT: 0)!)
        try SiteBuilder(options: options, contributors: [ShareKit()]).build()
    }

    @Test("every published article gets a noindex share page and a JSON file, linked from the article and kept out of the sitemap")
    func pages() throws {
        let root = try Self.site()
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.build(root)
        let site = root.appendingPathComponent("site")
        for slug in ["give-first", "bonding-ties", "field-guide"] {
            let html = try String(contentsOf: site.appendingPathComponent("share/\(slug)/index.html"), encoding: .utf8)
            #expect(html.contains("<meta name=\"robots\" content=\"noindex\">"))
            for platform in Platform.allCases { #expect(html.contains("id=\"text-\(platform.rawValue)\"")) }
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: site.appendingPathComponent("share/\(slug).json"))) as? [String: Any]
            #expect((json?["snippets"] as? [[String: Any]])?.count == Platform.allCases.count)
            #expect(try String(contentsOf: site.appendingPathComponent("articles/\(slug)/index.html"), encoding: .utf8).contains("href=\"/share/\(slug)/\""))
        }
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("share/unfinished/index.html").path))
        #expect(!(try String(contentsOf: site.appendingPathComponent("sitemap.xml"), encoding: .utf8)).contains("/share/"))
    }

    @Test("a site's own share template can lay the page out from {{#snippets}}, each with its values, the first marked")
    func ownShareTemplate() throws {
        let root = try Self.site()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try "{{<base}}{{$main}}<ol>{{#snippets}}<li data-first=\"{{first()}}\">{{name}} {{length}}/{{limit}} rows={{rows}}<pre>{{text}}</pre><a href=\"{{share_link}}\">open</a></li>{{/snippets}}</ol>{{^snippets}}none{{/snippets}}{{/main}}{{/base}}\n"
            .write(to: root.appendingPathComponent("templates/share.mustache"), atomically: true, encoding: .utf8)
        try Self.build(root)
        let html = try String(contentsOf: root.appendingPathComponent("site/share/give-first/index.html"), encoding: .utf8)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: root.appendingPathComponent("site/share/give-first.json"))) as? [String: Any]
        let snippets = try #require(json?["snippets"] as? [[String: Any]])
        #expect(html.components(separatedBy: "<li ").count - 1 == Platform.allCases.count)
        #expect(html.components(separatedBy: "data-first=\"true\"").count - 1 == 1)
        #expect(!html.contains("none"))
        for snippet in snippets {
            let platform = try #require(Platform(rawValue: snippet["platform"] as? String ?? ""))
            #expect(html.contains("\(platform.displayName) \(snippet["length"] as? Int ?? -1)/\(platform.generatedLimit) rows="), "\(platform)")
            #expect(html.contains("<pre>\(HTMLEscaping.escape(snippet["text"] as? String ?? ""))</pre>"), "\(platform)")
        }
    }

    /// The built-in share template as it was when it laid the page out with Mustache alone, from
    /// the documented values; `intro_html` and `snippets_html` must render the same bytes.
    static let templateFromValues = #"""
        {{<base}}
        {{$main}}
        {{#article}}
        <h1>Share “{{title}}”</h1>
        <p class="lead">Ready-to-paste text for each network, inside its limits, with a tracked link. <a href="{{url}}">Back to the article</a></p>
        {{/article}}
        {{#snippets}}
        <section class="share-snippet" aria-labelledby="share-{{platform}}">
          <h2 id="share-{{platform}}">{{name}}</h2>
          {{#subject}}<p><strong>Subject:</strong> {{.}}</p>{{/subject}}
          <label for="text-{{platform}}">Text for {{name}}{{#is_custom}} (written by the author){{/is_custom}}</label>
          <textarea id="text-{{platform}}" readonly rows="{{rows}}">{{text}}</textarea>
          <p class="meta">{{length_text}} of {{limit_text}} {{counting}}</p>
          <p class="share-actions"><button type="button" data-copy="text-{{platform}}" hidden>Copy text</button> <a href="{{share_link}}" rel="noopener">Open {{name}}</a></p>
        </section>
        {{/snippets}}

        """#

    @Test("the built-in share page is byte for byte what Mustache makes of the documented article and snippets values")
    func preparedHTMLMatchesTemplate() throws {
        let builtIn = try Self.site(), own = try Self.site()
        defer { for root in [builtIn, own] { try? FileManager.default.removeItem(at: root) } }
        // A title with every character HTML escapes, and a Mastodon instance with one.
        for root in [builtIn, own] {
            let article = root.appendingPathComponent("content/articles/give-first.md")
            let text = try String(contentsOf: article, encoding: .utf8)
            try text.replacingOccurrences(of: "\ntitle: ", with: "\ntitle: \"Give <first> & \\\"ask\\\" 'later'\"\n_old_title: ", options: [], range: text.range(of: "\ntitle: "))
                .write(to: article, atomically: true, encoding: .utf8)
            let config = root.appendingPathComponent("goodwill.yml")
            try (try String(contentsOf: config, encoding: .utf8) + "\nshare: {mastodon_instance: \"social.example/?a=1&b=2\"}\n").write(to: config, atomically: true, encoding: .utf8)
        }
        let builtInTemplate = try #require(ShareKit.defaultTemplates["share"])
        let main = builtInTemplate.components(separatedBy: "{{{snippets_html}}}\n")
        try FileManager.default.createDirectory(at: own.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try (Self.templateFromValues + main[1]).write(to: own.appendingPathComponent("templates/share.mustache"), atomically: true, encoding: .utf8)
        try Self.build(builtIn)
        try Self.build(own)
        let pages = try FileManager.default.contentsOfDirectory(atPath: builtIn.appendingPathComponent("site/share").path).filter { !$0.hasSuffix(".json") }
        #expect(pages.count >= 3)
        for slug in pages {
            let path = "site/share/\(slug)/index.html"
            let made = try String(contentsOf: builtIn.appendingPathComponent(path), encoding: .utf8)
            #expect(made == (try String(contentsOf: own.appendingPathComponent(path), encoding: .utf8)), "\(slug)")
            // The quotes are curled as in the text (SmartPunctuation); <, > and & are escaped.
            if slug == "give-first" { #expect(made.contains("Give &lt;first&gt; &amp; “ask” ‘later’")) }
            #expect(made.contains("https://social.example/?a=1&amp;b=2/share?text="))
            // "306 of 3,000 characters; …": one sentence, the limit grouped.
            #expect(made.contains(" of 3,000 characters; the first 210 show before “see more”</p>"))
        }
    }

    @Test("with the share kit, two builds and a one-thread build write the same bytes (CJK, emoji, long summaries cut per platform)")
    func deterministic() throws {
        let root = try Self.site()
        defer { try? FileManager.default.removeItem(at: root) }
        let words = ["trust", "give", "first", "信頼", "broker", "👩‍👩‍👧", "café", "“quoted”", "—", "introductions"]
        for index in 0..<60 {
            let summary = (0..<(10 + index * 3)).map { words[($0 * 7 + index) % words.count] }.joined(separator: " ")
            try "---\ntitle: \"Note \(index) \(words[index % words.count])\"\ndate: 2024-02-\(10 + index % 18)\nsegments: [founders]\ntags: [Trust, \"Sales Ops\"]\n---\n\(summary).\n\nMore text.\n"
                .write(to: root.appendingPathComponent("content/articles/note-\(index).md"), atomically: true, encoding: .utf8)
        }
        func build(threads: Int?) throws -> [String: Data] {
            var options = BuildOptions(source: root)
            options.today = Today(instant: 1_764_000_000, timeZone: TimeZone(secondsFromGMT: 0)!)
            if let threads { options.threads = threads }
            try SiteBuilder(options: options, contributors: [ShareKit()]).build()
            let site = root.appendingPathComponent("site")
            return try Dictionary(uniqueKeysWithValues: FileIO.files(under: site.path).map { ($0, try Data(contentsOf: site.appendingPathComponent($0))) })
        }
        let first = try build(threads: nil)
        #expect(first.keys.filter { $0.hasPrefix("share/") }.count >= 2 * 60)
        #expect(try build(threads: nil) == first)
        #expect(try build(threads: 1) == first)
    }

    @Test("front matter share texts are used as written, with the tracked link added")
    func customText() throws {
        let root = try Self.site()
        defer { try? FileManager.default.removeItem(at: root) }
        try "---\ntitle: Custom\ndate: 2024-01-01\nshare:\n  x: \"My own words for X\"\n---\nBody.\n"
            .write(to: root.appendingPathComponent("content/articles/custom.md"), atomically: true, encoding: .utf8)
        try Self.build(root)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: root.appendingPathComponent("site/share/custom.json"))) as? [String: Any]
        let x = (json?["snippets"] as? [[String: Any]])?.first { $0["platform"] as? String == "x" }
        #expect(x?["text"] as? String == "My own words for X\n\nhttps://fixture.example/articles/custom/?utm_source=x&utm_medium=social&utm_campaign=custom")
        #expect(x?["is_custom"] as? Bool == true)
    }

    @Test("a share text over its limit fails the build with file, line, platform, limit and length, and leaves site/ as it was")
    func overLimit() throws {
        let root = try Self.site()
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.build(root)
        let before = try Data(contentsOf: root.appendingPathComponent("site/index.html"))
        let long = String(repeating: "word ", count: 60)
        try "---\ntitle: Long\ndate: 2024-01-01\nshare:\n  bluesky: \"\(long)\"\n---\nBody.\n"
            .write(to: root.appendingPathComponent("content/articles/long.md"), atomically: true, encoding: .utf8)
        do {
            try Self.build(root)
            Issue.record("the build should fail")
        } catch let failure as Diagnostics {
            #expect(failure.errors.map(\.description) == [
                "content/articles/long.md:5:12: error: share text for Bluesky is 394 characters as Bluesky counts them, over its limit of 300 — shorten it; the link Goodwill adds counts too",
            ])
        }
        #expect(try Data(contentsOf: root.appendingPathComponent("site/index.html")) == before)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("site/share/long/index.html").path))
    }

    @Test("an unknown platform under share: is an error with a suggestion")
    func unknownPlatform() throws {
        let root = try Self.site()
        defer { try? FileManager.default.removeItem(at: root) }
        try "---\ntitle: Typo\ndate: 2024-01-01\nshare:\n  linkdin: \"Hello\"\n---\n"
            .write(to: root.appendingPathComponent("content/articles/typo.md"), atomically: true, encoding: .utf8)
        #expect(throws: Diagnostics.self) { try Self.build(root) }
        do { try Self.build(root) } catch let failure as Diagnostics {
            #expect(failure.errors.first?.description.hasPrefix("content/articles/typo.md:5:3: error: share: has no platform \"linkdin\" — did you mean \"linkedin\"?") == true)
        }
    }
}

@Suite("The share kit in the preview")
struct ShareKitPreviewTests {
    @Test("after a title edit the preview's share kit matches a full build")
    func titleEdit() throws {
        let root = try ShareKitTests.site()
        defer { try? FileManager.default.removeItem(at: root) }
        var options = BuildOptions(source: root)
        options.today = Today(instant: 1_764_000_000, timeZone: TimeZone(secondsFromGMT: 0)!)
        let builder = IncrementalBuilder(options: options, contributors: { [ShareKit()] })
        _ = try builder.rebuild(changed: nil)
        let file = root.appendingPathComponent("content/articles/bonding-ties.md")
        try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "Bonding and bridging ties", with: "Ties that bind")
            .write(to: file, atomically: true, encoding: .utf8)
        #expect(try builder.rebuild(changed: ["content/articles/bonding-ties.md"]).kind == .articlesAndLists(["bonding-ties"]))
        let preview = try Data(contentsOf: root.appendingPathComponent("site/share/bonding-ties.json"))
        #expect(String(decoding: preview, as: UTF8.self).contains("Ties that bind"))
        try SiteBuilder(options: options, contributors: [ShareKit()]).build()
        #expect(try Data(contentsOf: root.appendingPathComponent("site/share/bonding-ties.json")) == preview)
    }
}
