import Foundation
import Testing
@testable import Site

@Suite("The example site in the repository")
struct ExampleSiteTests {
    static let repoRoot = TestSite.fixtures.deletingLastPathComponent().deletingLastPathComponent()

    @Test("the example articles span at least three segments")
    func segmentsCovered() throws {
        let config = try ConfigLoader.load(siteRoot: Self.repoRoot)
        let content = try ContentLoader(root: Self.repoRoot, config: config).load()
        #expect(Set(content.articles.flatMap(\.segments)).count >= 3)
        #expect(content.pages.contains { $0.slug == "about" })
    }
}
