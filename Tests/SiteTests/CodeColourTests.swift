import Core
import Foundation
@testable import Site
import Testing

/// Code coloured at build time by Pygments into the classes highlight.js wrote (so themes'
/// stylesheets keep working), each block cached by its hash: a rebuild colours only what changed.
@Suite("Build-time code colours")
struct CodeColourTests {
    static let article = """
        ---
        title: "Code"
        date: 2024-01-01
        ---
        Some code.

        ```swift
        let answer = 42 // the answer
        func greet() -> String { "hi" }
        ```

        ```python
        def total(items):
            return sum(items)  # all of them
        ```

        ```bash
        echo "$HOME"
        ```

        ```klingon
        plain <text>
        ```

            indented, no language
        """

    static func makeSite(config: String = "") throws -> TestSite {
        try TestSite(files: [
            "goodwill.yml": "title: \"T\"\nbase_url: \"https://t.example/\"\n" + config,
            "content/articles/code.md": article,
        ])
    }

    @Test("a sample of languages gets the classes highlight.js gave them; unknown and unnamed code stays plain")
    func classes() throws {
        let site = try Self.makeSite()
        defer { site.remove() }
        let report = try site.build()
        let html = try site.read("articles/code/index.html")
        // Worked out from highlight.js 9's output for the same lines: keywords, titles for the
        // names a definition introduces, strings, numbers, comments, shell built-ins and variables.
        #expect(html.contains("<pre tabindex=\"0\"><code class=\"language-swift\"><span class=\"hljs-keyword\">let</span> "))
        #expect(html.contains("<span class=\"hljs-number\">42</span> <span class=\"hljs-comment\">// the answer</span>"))
        #expect(html.contains("<span class=\"hljs-keyword\">func</span> <span class=\"hljs-title\">greet</span>() -&gt; "))
        #expect(html.contains("<span class=\"hljs-string\">\"hi\"</span>"))
        #expect(html.contains("<span class=\"hljs-keyword\">def</span> <span class=\"hljs-title\">total</span>(items):"))
        #expect(html.contains("<span class=\"hljs-keyword\">return</span> <span class=\"hljs-built_in\">sum</span>(items)  <span class=\"hljs-comment\"># all of them</span>"))
        #expect(html.contains("<span class=\"hljs-built_in\">echo</span> <span class=\"hljs-string\">\"</span><span class=\"hljs-variable\">$HOME</span><span class=\"hljs-string\">\"</span>"))
        #expect(html.contains("<code class=\"language-klingon\">plain &lt;text&gt;\n</code>"))
        #expect(html.contains("<pre tabindex=\"0\"><code>indented, no language\n</code></pre>"))
        #expect(!html.contains("highlight.js"))
        #expect(report.warnings.isEmpty, "\(report.warnings)")
        // swift, python, bash and klingon (asked once: Pygments does not know it); the indented block names nothing.
        #expect(report.codeColours == CodeColourCount(coloured: 4, fromCache: 0))
    }

    @Test("a warm rebuild colours nothing and writes the same bytes; an edited block alone is coloured again")
    func cache() throws {
        let site = try Self.makeSite()
        defer { site.remove() }
        try site.build()
        let first = try site.snapshot()
        let rebuilt = try site.build()
        #expect(rebuilt.codeColours == CodeColourCount(coloured: 0, fromCache: 4))
        #expect(try site.snapshot() == first)
        try site.write(Self.article.replacingOccurrences(of: "42", with: "43"), to: "content/articles/code.md")
        let edited = try site.build()
        #expect(edited.codeColours == CodeColourCount(coloured: 1, fromCache: 3))
        #expect(try site.read("articles/code/index.html").contains("<span class=\"hljs-number\">43</span>"))
    }

    @Test("highlight: false writes code plain, as libcmark does")
    func switchedOff() throws {
        let site = try Self.makeSite(config: "markdown: {highlight: false}\n")
        defer { site.remove() }
        let report = try site.build()
        let html = try site.read("articles/code/index.html")
        #expect(!html.contains("hljs-"))
        #expect(html.contains("<code class=\"language-swift\">let answer = 42 // the answer\n"))
        #expect(report.codeColours == CodeColourCount())
    }

    @Test("without Python's Pygments code stays plain and the build says how to get colours")
    func withoutPygments() throws {
        let colourer = PygmentsColourer(cacheFile: nil, threads: 2, python: "/nonexistent/python3")
        #expect(colourer.colour("let x = 1\n", language: "swift") == nil)
        #expect(colourer.colour("y = 2\n", language: "python") == nil)
        let warning = try #require(colourer.warning)
        #expect(warning.message.hasPrefix("2 code blocks left without colours"))
        #expect(warning.hint?.contains("python3-pygments") == true)
        #expect(warning.hint?.contains("highlight: false") == true)
    }

    @Test("a Pygments process that dies mid-build leaves its block plain and uncached, so the next build asks again")
    func brokenProcessNotCached() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("goodwill-broken-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // Greets as the server does, then exits before answering.
        let python = folder.appendingPathComponent("python3")
        try "#!/bin/sh\necho 'pygments 9.9'\n".write(to: python, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: python.path)
        let cache = folder.appendingPathComponent("code-colours")
        let colourer = PygmentsColourer(cacheFile: cache, threads: 1, python: python.path)
        #expect(colourer.colour("let x = 1\n", language: "swift") == nil)
        #expect(colourer.colourCount == CodeColourCount())
        colourer.save()
        let saved = (try? String(contentsOf: cache, encoding: .utf8)) ?? ""
        #expect(saved.split(separator: "\n").count <= 1, "only the header, no entry: \(saved)")
    }
}
