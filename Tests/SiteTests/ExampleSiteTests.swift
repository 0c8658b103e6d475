import Foundation
import Testing
@testable import Site

@Suite("The example site in the repository")
struct ExampleSiteTests {
    static let repoRoot = TestSite.fixtures.deletingLastPathComponent().deletingLastPathComponent()

    @Test("a fresh build reproduces the committed site/ byte for byte")
    func reproducesCommittedSite() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("goodwill-example-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        var options = BuildOptions(source: Self.repoRoot, output: output)
        options.threads = 2
        let report = try SiteBuilder(options: options).build()
        #expect(report.articles >= 6)
        let committed = Self.repoRoot.appendingPathComponent("site")
        let expected = FileIO.files(under: committed.path)
        #expect(FileIO.files(under: output.path) == expected, "run `make demo` and commit site/")
        for path in expected {
            let built = try Data(contentsOf: output.appendingPathComponent(path))
            let kept = try Data(contentsOf: committed.appendingPathComponent(path))
            #expect(built == kept, "\(path) differs: run `make demo` and commit site/")
        }
    }

    @Test("the example articles span at least three segments")
    func segmentsCovered() throws {
        let config = try ConfigLoader.load(siteRoot: Self.repoRoot)
        let content = try ContentLoader(root: Self.repoRoot, config: config).load()
        #expect(Set(content.articles.flatMap(\.segments)).count >= 3)
        #expect(content.pages.contains { $0.slug == "about" })
    }
}
