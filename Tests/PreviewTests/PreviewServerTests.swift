import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
@testable import Preview
import Site

@Suite("goodwill serve", .serialized)
struct PreviewServerTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    struct Running {
        let root: URL
        let port: UInt16
        let task: Task<Void, Error>

        func get(_ path: String) async throws -> (status: Int, body: String, type: String) {
            var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
            request.cachePolicy = .reloadIgnoringLocalCacheData
            let (data, response) = try await URLSession.shared.data(for: request)
            let http = response as! HTTPURLResponse
            return (http.statusCode, String(decoding: data, as: UTF8.self), http.value(forHTTPHeaderField: "Content-Type") ?? "")
        }

        /// Polls until `condition` holds for the page, for at most 10 seconds (no fixed sleeps).
        func waitFor(_ path: String, _ condition: (String) -> Bool) async throws -> Bool {
            let deadline = Date().addingTimeInterval(10)
            while Date() < deadline {
                if condition(try await get(path).body) { return true }
                try await Task.sleep(nanoseconds: 50_000_000)
            }
            return false
        }

        func write(_ text: String, to path: String) throws {
            try text.write(to: root.appendingPathComponent(path), atomically: true, encoding: .utf8)
        }

        func stop() {
            task.cancel()
            try? FileManager.default.removeItem(at: root)
        }
    }

    static func start(contributors: @escaping @Sendable () -> [BuildContributor] = { [] }) async throws -> Running {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("goodwill-preview-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("yaml-site"), to: root)
        let server = try PreviewServer(settings: .init(siteRoot: root, port: 0), contributors: contributors)
        let task = Task { try await server.run() }
        let port = try await server.port()
        let running = Running(root: root, port: port, task: task)
        _ = try await running.waitFor("/") { $0.contains("Fixture Writer") }
        return running
    }

    @Test("serves the built site with the reload script, which never reaches site/")
    func serves() async throws {
        let running = try await Self.start()
        defer { running.stop() }
        let page = try await running.get("/articles/give-first/")
        #expect(page.status == 200)
        #expect(page.type == "text/html; charset=utf-8")
        #expect(page.body.contains("/__goodwill/wait"))
        #expect(try await running.get("/style.css").type == "text/css; charset=utf-8")
        #expect(!FileManager.default.fileExists(atPath: running.root.appendingPathComponent("site").path))
    }

    @Test("a contributor's site-wide file stays whole in serve: an edit to one article rewrites it from every article")
    func siteWideContributor() async throws {
        let running = try await Self.start(contributors: { [ArticleTitles()] })
        defer { running.stop() }
        #expect(try await running.waitFor("/titles.txt") { $0.split(separator: "\n").count == 3 })
        let file = running.root.appendingPathComponent("content/articles/bonding-ties.md")
        let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "title: \"Bonding and bridging ties\"", with: "title: \"Ties, renamed\"")
        try running.write(text, to: "content/articles/bonding-ties.md")
        #expect(try await running.waitFor("/titles.txt") { $0.contains("Ties, renamed") })
        let titles = try await running.get("/titles.txt").body.split(separator: "\n")
        #expect(titles.count == 3, "\(titles)")
        #expect(titles.contains("Why give first?"))
    }

    @Test("an edited article is served anew")
    func liveEdit() async throws {
        let running = try await Self.start()
        defer { running.stop() }
        let file = running.root.appendingPathComponent("content/articles/bonding-ties.md")
        let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "Bonding ties are close.", with: "Bonding ties are EDITED.")
        try running.write(text, to: "content/articles/bonding-ties.md")
        #expect(try await running.waitFor("/articles/bonding-ties/") { $0.contains("Bonding ties are EDITED.") })
    }

    @Test("a build error shows as an overlay while the server keeps running, and fixing the file clears it")
    func errorOverlay() async throws {
        let running = try await Self.start()
        defer { running.stop() }
        try running.write("---\ntitle: Broken\ndate: 2023-02-30\n---\n", to: "content/articles/broken.md")
        #expect(try await running.waitFor("/") { $0.contains("goodwill-build-error") && $0.contains("content/articles/broken.md:3:7") })
        #expect(try await running.get("/").status == 500)
        try running.write("---\ntitle: Fixed now\ndate: 2023-02-28\n---\n", to: "content/articles/broken.md")
        #expect(try await running.waitFor("/archive/") { $0.contains("Fixed now") })
        #expect(try await running.get("/").status == 200)
    }

    @Test("requests outside the site root get 404, and missing pages the site's 404 page", arguments: [
        "/../goodwill.yml", "/%2e%2e/goodwill.yml", "/%252e%252e/goodwill.yml", "/articles/..%2f..%2fgoodwill.yml", "/nope/",
    ])
    func refused(path: String) async throws {
        let running = try await Self.start()
        defer { running.stop() }
        let response = try await running.get(path)
        #expect(response.status == 404)
        #expect(response.body.contains("Page not found"))
        #expect(!response.body.contains("base_url"))
    }

    @Test("request paths map to files inside the site only")
    func requestPaths() {
        #expect(RequestPath.file(for: "/") == "index.html")
        #expect(RequestPath.file(for: "/articles/x/") == "articles/x/index.html")
        #expect(RequestPath.file(for: "/style.css") == "style.css")
        #expect(RequestPath.file(for: "/a%20b.txt") == "a b.txt")
        for bad in ["/../x", "/a/../../x", "/%2e%2e/x", "/%252e%252e/x", "/a\\..\\x", "relative"] {
            #expect(RequestPath.file(for: bad) == nil, "\(bad)")
        }
    }
}

/// A site-wide output, as a search index would be: every published article's title.
struct ArticleTitles: BuildContributor {
    func outputPaths(for site: PublishedSite) -> [String] { ["\(site.paths.basePath)titles.txt"] }

    func siteFiles(for site: PublishedSite) throws -> [ContributedFile] {
        [ContributedFile(urlPath: "\(site.paths.basePath)titles.txt",
                         content: .text(site.articles.map(\.document.title).joined(separator: "\n") + "\n"))]
    }
}
