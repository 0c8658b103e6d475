import Core
import Foundation
import Testing
@testable import Site

/// A site with every page type, built into a temporary folder and read back page by page: heading
/// order, keyboard-scrollable code, image sizes, descriptions and link previews.
@Suite("Reading experience of every page type")
struct ReadingExperienceTests {
    static let images = TestSite.fixtures.appendingPathComponent("images")

    static func makeSite() throws -> TestSite {
        let long = String(repeating: "Trust grows when the help comes first and comes without a condition attached. ", count: 6)
        var files = [
            "goodwill.yml": """
            title: "Reading Test"
            base_url: "https://reading.example/"
            author: {name: "Ana Example"}
            image: /social.png
            image_alt: "Ana’s notes on giving first"
            favicon: /icon.png
            theme_color: "#0b5cad"
            paginate: 2
            segments:
              founders: {title: "Founders", description: "People starting companies."}
              sellers: {title: "Sellers", description: "People who sell."}
            """,
            "content/articles/deep-dive/index.md": """
            ---
            title: "A deep dive"
            date: 2025-03-01
            segments: [founders, sellers]
            tags: [Craft]
            authors: [Ana Example, Ben Other]
            image: photo.jpg
            image_alt: "A blue rectangle"
            ---
            \(long)

            # Part one

            ![Chart](chart.png) ![Photo](photo.jpg) ![Animation](anim.gif) ![WebP](lossy.webp) ![Vector](sized.svg)
            ![Remote](https://cdn.example/x.png)

            ## Details

            | Step | Minutes |
            |---|--:|
            | Send | 10 |

            ```swift
            let veryLongIdentifierThatWouldScrollSidewaysOnAPhone = "\(String(repeating: "x", count: 120))"
            ```

                indented code

            # Part two

            Text with `a-very-long-inline-code-span-that-must-wrap-on-a-phone-screen-instead-of-scrolling`.[^1]

            [^1]: A note with code:

                ```
                inside a note
                ```
            """,
            "content/articles/hi-all.md": """
            ---
            title: "Hi all"
            date: 2025-02-01
            segments: [founders]
            tags: [Craft]
            ---
            Hi all,

            \(long)
            """,
            "content/articles/raw.md": """
            ---
            title: "Pasted HTML"
            date: 2025-01-01
            segments: [sellers]
            ---
            Intro paragraph that is long enough to be a summary of the article on its own.

            <div class="callout" style="color: red" onclick="go()">Pasted</div>

            And <font>inline</font> too, <kbd>kept</kbd>.
            """,
            "content/articles/short.md": "---\ntitle: \"Short\"\ndate: 2024-12-01\nsegments: [founders]\n---\nA short one. It says little.\n",
            "content/articles/older.md": "---\ntitle: \"Older\"\ndate: 2024-11-01\nsegments: [founders]\n---\nAn older one, for a third home page.\n",
            "content/pages/about.md": "---\ntitle: \"About\"\n---\n# Who\n\nAna.\n\n## More\n\nText.\n",
        ]
        files["static/icon.png"] = ""
        let site = try TestSite(files: files)
        try FileManager.default.createDirectory(at: site.root.appendingPathComponent("static"), withIntermediateDirectories: true)
        try? FileManager.default.removeItem(at: site.root.appendingPathComponent("static/social.png"))
        try FileManager.default.copyItem(at: images.appendingPathComponent("chart.png"), to: site.root.appendingPathComponent("static/social.png"))
        for name in ["chart.png", "photo.jpg", "anim.gif", "lossy.webp", "sized.svg"] {
            try FileManager.default.copyItem(at: images.appendingPathComponent(name),
                                             to: site.root.appendingPathComponent("content/articles/deep-dive/\(name)"))
        }
        return site
    }

    /// Every HTML page of the output but alias redirects, as path → text.
    static func pages(of site: TestSite) throws -> [String: String] {
        var pages: [String: String] = [:]
        for path in FileIO.files(under: site.output.path) where path.hasSuffix(".html") {
            let html = try site.read(path)
            if !html.contains("http-equiv=\"refresh\"") { pages[path] = html }
        }
        return pages
    }

    static func headingLevels(_ html: String) -> [Int] {
        html.matches(of: /<h([1-6])[\s>]/).compactMap { Int($0.output.1) }
    }

    static func meta(_ name: String, in html: String) -> String? {
        let pattern = try! Regex("<meta (?:name|property)=\"\(name)\" content=\"([^\"]*)\">")
        return html.firstMatch(of: pattern)?.output[1].substring.map(String.init)
    }

    @Test("every page has one h1 and no heading skips a level; `#` headings in content are shifted and the contents follow")
    func headingOrder() throws {
        let site = try Self.makeSite()
        defer { site.remove() }
        try site.build()
        let pages = try Self.pages(of: site)
        #expect(pages.count >= 12)
        for (path, html) in pages {
            let levels = Self.headingLevels(html)
            #expect(levels.filter { $0 == 1 }.count == 1, "\(path): \(levels)")
            for (previous, next) in zip(levels, levels.dropFirst()) {
                #expect(next <= previous + 1, "\(path) jumps from h\(previous) to h\(next): \(levels)")
            }
        }
        let article = try #require(pages["articles/deep-dive/index.html"])
        #expect(article.contains("<h2 id=\"part-one\">Part one<a class=\"heading-anchor\" aria-hidden=\"true\" tabindex=\"-1\" href=\"#part-one\">#</a></h2>"))
        #expect(article.contains("<h3 id=\"details\">Details<a class=\"heading-anchor\" aria-hidden=\"true\" tabindex=\"-1\" href=\"#details\">#</a></h3>"))
        #expect(article.contains("<a href=\"#part-one\">Part one</a>"), "the table of contents lists the shifted headings")
        #expect(article.contains("<details id=\"toc-details\" open>"))
    }

    @Test("every code block scrolls by keyboard, tables scroll in a focusable region, and long text wraps")
    func scrollableCode() throws {
        let site = try Self.makeSite()
        defer { site.remove() }
        try site.build()
        let article = try site.read("articles/deep-dive/index.html")
        let pres = article.matches(of: /<pre[^>]*>/).map { String($0.output) }
        #expect(pres.count == 3, "fenced, indented and inside a note")
        #expect(pres.allSatisfy { $0 == "<pre tabindex=\"0\">" })
        #expect(article.contains("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Table: Step, Minutes\">"))
        #expect(!article.contains("highlight.js"), "code is coloured at build time")
        #expect(article.contains("<script src=\"/js/code.js\" defer></script>"))
        #expect(!(try site.read("articles/short/index.html")).contains("/js/code.js"), "pages without code load no script")
        let css = try String(contentsOf: site.output.appendingPathComponent("style.css"), encoding: .utf8)
        #expect(css.contains(".content { overflow-wrap: anywhere; }"))
        #expect(css.contains(".content pre code { font-size: inherit; }"))
    }

    @Test("local images carry their width and height; remote ones are not fetched")
    func imageSizes() throws {
        let site = try Self.makeSite()
        defer { site.remove() }
        try site.build()
        let article = try site.read("articles/deep-dive/index.html")
        // The first picture is eager (often what the reader sees first); the later ones are lazy.
        #expect(article.contains("<img width=\"321\" height=\"123\" src=\"chart.png\" alt=\"Chart\" />"))
        #expect(article.contains("<img loading=\"lazy\" decoding=\"async\" width=\"321\" height=\"123\" src=\"photo.jpg\""))
        #expect(article.contains("<img loading=\"lazy\" decoding=\"async\" width=\"77\" height=\"55\" src=\"anim.gif\""))
        #expect(article.contains("<img loading=\"lazy\" decoding=\"async\" width=\"300\" height=\"157\" src=\"lossy.webp\""))
        #expect(article.contains("<img loading=\"lazy\" decoding=\"async\" width=\"120\" height=\"80\" src=\"sized.svg\""))
        #expect(article.contains("<img loading=\"lazy\" decoding=\"async\" src=\"https://cdn.example/x.png\""))
    }

    @Test("descriptions are cut at a word near 155 characters, skip a greeting, and every list page has its own")
    func descriptions() throws {
        let site = try Self.makeSite()
        defer { site.remove() }
        try site.build()
        let pages = try Self.pages(of: site)
        for (path, html) in pages {
            let description = try #require(Self.meta("description", in: html), "\(path) has no description")
            #expect((1...160).contains(description.count), "\(path): \(description.count) characters: \(description)")
        }
        let hiAll = try #require(Self.meta("description", in: pages["articles/hi-all/index.html"]!))
        #expect(hiAll.hasPrefix("Trust grows when"))
        #expect(hiAll.hasSuffix("…"))
        #expect(!hiAll.hasSuffix(" …"))
        let home = try #require(Self.meta("description", in: pages["index.html"]!))
        #expect(home == "Articles by Ana Example for Founders and Sellers.")
        #expect(Self.meta("description", in: pages["page/2/index.html"]!) == "Page 2: " + home)
        #expect(Self.meta("description", in: pages["page/3/index.html"]!) == "Page 3: " + home)
    }

    @Test("link previews: the article's own image with its alt and size, else the site's; publisher, byline, favicon, theme colour")
    func previews() throws {
        let site = try Self.makeSite()
        defer { site.remove() }
        try site.build()
        let article = try site.read("articles/deep-dive/index.html")
        #expect(Self.meta("og:image", in: article) == "https://reading.example/articles/deep-dive/photo.jpg")
        #expect(Self.meta("og:image:alt", in: article) == "A blue rectangle")
        #expect(Self.meta("og:image:width", in: article) == "321")
        #expect(Self.meta("og:image:height", in: article) == "123")
        #expect(Self.meta("twitter:card", in: article) == "summary_large_image")
        #expect(article.contains("\"image\":\"https://reading.example/articles/deep-dive/photo.jpg\""))
        #expect(article.contains("\"publisher\":{\"@type\":\"Person\""))
        #expect(article.contains("<p class=\"byline\">By <span class=\"p-author h-card\">Ana Example</span> and <span class=\"p-author h-card\">Ben Other</span></p>"))
        #expect(article.contains("<link rel=\"icon\" href=\"/icon.png\">"))
        #expect(article.contains("<meta name=\"theme-color\" content=\"#0b5cad\">"))
        for path in ["index.html", "articles/short/index.html", "for/founders/index.html", "tags/index.html"] {
            let html = try site.read(path)
            #expect(Self.meta("og:image", in: html) == "https://reading.example/social.png", "\(path)")
            #expect(Self.meta("og:image:alt", in: html) == "Ana’s notes on giving first", "\(path)")
            #expect(Self.meta("og:image:width", in: html) == "321", "\(path)")
        }
        #expect(try site.read("articles/short/index.html").contains("<p class=\"byline\">By <span class=\"p-author h-card\">Ana Example</span></p>"))
    }

    @Test("raw HTML left out is a warning naming the file, the first position, the count and the switch")
    func rawHTMLWarning() throws {
        let site = try Self.makeSite()
        defer { site.remove() }
        let report = try site.build()
        let warnings = report.warnings.filter { $0.message.contains("raw HTML") }
        #expect(warnings.count == 1)
        let warning = try #require(warnings.first)
        #expect(warning.location == .file("content/articles/raw.md", line: 8, column: 1))
        #expect(warning.message.hasPrefix("3 pieces of raw HTML left out"))
        #expect(warning.hint?.contains("markdown: {unsafe_html: true}") == true)
    }

    @Test("an SVG preview image is refused at its place, in front matter and in goodwill.yml")
    func svgPreviewRefused() throws {
        let site = try TestSite(files: [
            "goodwill.yml": "title: \"T\"\nbase_url: \"https://t.example/\"\n",
            "content/articles/a/index.md": "---\ntitle: \"A\"\ndate: 2024-01-01\nimage: chart.svg\n---\nBody.\n",
            "content/articles/a/chart.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"></svg>\n",
        ])
        defer { site.remove() }
        let errors = site.buildErrors()
        #expect(errors.count == 1)
        #expect(errors.first?.location == .file("content/articles/a/index.md", line: 4, column: 8))
        #expect(errors.first?.message.contains("SVG") == true)
        #expect(errors.first?.hint?.contains("PNG or JPEG") == true)

        try site.write("---\ntitle: \"A\"\ndate: 2024-01-01\n---\nBody.\n", to: "content/articles/a/index.md")
        try site.build()
        #expect(!(try site.read("index.html")).contains("/tags/\">Tags</a>"), "no tags: the footer does not link an empty page")
        try site.write("title: \"T\"\nbase_url: \"https://t.example/\"\nimage: /social.svg\n", to: "goodwill.yml")
        let configErrors = site.buildErrors()
        #expect(configErrors.first?.location == .file("goodwill.yml", line: 3, column: 8))
    }

    @Test("a blog migrating in: Zola's description is the summary; a greeting is skipped; a long <!-- more --> is capped on every surface")
    func migratedDescriptions() throws {
        let early = (1...80).map { "word\($0)" }.joined(separator: " ")
        let site = try TestSite(files: [
            "goodwill.yml": "title: \"T\"\nbase_url: \"https://t.example/\"\n",
            "content/articles/zola.md": "---\ntitle: \"Zola\"\ndate: 2024-01-01\ndescription: \"What the release changes for you.\"\n---\nHello everyone!\n\nBody.\n",
            "content/articles/hello.md": "---\ntitle: \"Hello\"\ndate: 2024-01-02\n---\nGreetings Rustaceans!\n\nThis release makes incremental builds twice as fast on large workspaces, and fixes the linker.\n",
            "content/articles/early.md": "---\ntitle: \"Early\"\ndate: 2024-01-03\n---\n\(early)\n\n<!-- more -->\n\nRest.\n",
        ])
        defer { site.remove() }
        try site.build()
        let description = { (path: String) in try site.read(path).components(separatedBy: "<meta name=\"description\" content=\"").dropFirst().first?.prefix { $0 != "\"" } }
        #expect(try description("articles/zola/index.html") == "What the release changes for you.")
        #expect(try description("articles/hello/index.html") == "This release makes incremental builds twice as fast on large workspaces, and fixes the linker.")
        // The list page and the feed carry the 60-word summary (the meta description is shortened
        // further to its own length, at a word).
        let capped = (1...60).map { "word\($0)" }.joined(separator: " ") + "…"
        let feed = try site.read("atom.xml")
        #expect(feed.contains("<summary type=\"text\">\(capped)</summary>"))
        #expect(!feed.contains("<summary type=\"text\">Greetings"))
        #expect(try site.read("index.html").contains(capped))
        #expect(!(try site.read("index.html")).contains("word61"))
    }

    @Test("a link written for another generator's heading id works and check says which id to write; a wrong one is still an error")
    func otherGeneratorAnchors() throws {
        let site = try TestSite(files: [
            "goodwill.yml": "title: \"T\"\nbase_url: \"https://t.example/\"\n",
            "content/articles/a.md": "---\ntitle: \"A\"\ndate: 2024-01-01\n---\nIntro.\n\n## Relink, don't rebuild\n\nText.\n",
            "content/articles/b.md": "---\ntitle: \"B\"\ndate: 2024-01-02\n---\nSee [that](a.md#relink-don-t-rebuild) and [this](a.md#no-such).\n",
        ])
        defer { site.remove() }
        let report = SiteChecker(options: site.options()).check()
        #expect(report.warnings.map(\.description).contains {
            $0.hasPrefix("content/articles/b.md:5:5: warning: link to #relink-don-t-rebuild: the heading's id is #relink-dont-rebuild")
        })
        #expect(report.errors.map(\.message) == ["link to #no-such: content/articles/a.md has no heading with that id"])
        // The build says it too (it does not fail on the missing anchor: `check` does).
        let built = try site.build()
        #expect(built.warnings.map(\.description).filter { $0.contains("other generators spell it") }
                == [report.warnings.map(\.description).first { $0.contains("other generators spell it") }])
        #expect(try site.read("articles/a/index.html").contains("<span id=\"relink-don-t-rebuild\"></span>"))
    }
}
