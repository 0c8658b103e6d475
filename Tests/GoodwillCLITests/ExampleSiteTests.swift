import Foundation
import Testing

@Suite("The example site in the repository")
struct ExampleSiteCLITests {
    @Test("goodwill build reproduces the committed site/ byte for byte")
    func reproducesCommittedSite() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("goodwill-example-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let run = try CLITests.run(["build", "--source", CLITests.repoRoot.path, "--output", output.path])
        #expect(run.status == 0, "\(run.stderr)")
        let committed = CLITests.repoRoot.appendingPathComponent("site")
        // Pagefind's index is not byte-identical between runs (docs/themes.md, Search) and is
        // not committed: every page is compared, and the index is looked for.
        let expected = try Self.files(under: committed).filter { !$0.hasPrefix("pagefind/") }
        #expect(try Self.files(under: output).filter { !$0.hasPrefix("pagefind/") } == expected, "run `make demo` and commit site/")
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("pagefind/pagefind.js").path),
                "the example site is searchable: `make test` installs Pagefind")
        for path in expected {
            #expect(try Data(contentsOf: output.appendingPathComponent(path)) == Data(contentsOf: committed.appendingPathComponent(path)),
                    "\(path) differs: run `make demo` and commit site/")
        }
    }

    static func files(under folder: URL) throws -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        var files: [String] = []
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(path)
            }
        }
        return files.sorted()
    }

    @Test("goodwill share prints each platform's text within its limit, and a personal message with a token")
    func share() throws {
        let site = try LedgerCLITests.site()
        defer { try? FileManager.default.removeItem(at: site) }
        let all = try CLITests.run(["share", "--source", site.path, "trust-based-selling", "--json"])
        #expect(all.status == 0, "\(all.stderr)")
        let snippets = try #require(try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [[String: Any]])
        #expect(snippets.compactMap { $0["platform"] as? String } == ["linkedin", "x", "mastodon", "bluesky", "facebook", "email"])
        for snippet in snippets { #expect((snippet["length"] as? Int ?? .max) <= (snippet["limit"] as? Int ?? 0)) }

        let personal = try CLITests.run(["share", "--source", site.path, "trust-based-selling", "--via", "x", "--contact", "tomas-reyes"])
        #expect(personal.status == 0, "\(personal.stderr)")
        #expect(personal.stdout.contains("Hi Tomas,\n\nI wrote this for people who build and coach sales teams, and thought of you.\n"), "\(personal.stdout)")
        let token = try #require(personal.stdout.firstMatch(of: try Regex("utm_content=([0-9a-f]{12})"))?.output[1].substring)
        let again = try CLITests.run(["share", "--source", site.path, "trust-based-selling", "--via", "x", "--contact", "tomas-reyes"])
        #expect(again.stdout.contains("utm_content=\(token)"))
        #expect(!personal.stdout.contains("tomas-reyes"))

        let unknown = try CLITests.run(["share", "--source", site.path, "trust-based-seling"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("closest slugs: trust-based-selling"))
    }
}
