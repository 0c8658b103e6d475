import Foundation
import Testing
@testable import Site

@Suite("The example site in the repository")
struct ExampleSiteTests {
    static let repoRoot = TestSite.fixtures.deletingLastPathComponent().deletingLastPathComponent()
    /// The segment settings the ledger (`match`) and the insight layer (`cadence_days`) own,
    /// which the example site uses: registered as the application layer registers them.
    static let otherKeys = ConfigKeys(segmentSettings: ["match", "cadence_days"])

    @Test("the example articles span at least three segments")
    func segmentsCovered() throws {
        let config = try ConfigLoader.load(siteRoot: Self.repoRoot, otherKeys: Self.otherKeys)
        let content = try ContentLoader(root: Self.repoRoot, config: config).load()
        #expect(Set(content.articles.flatMap(\.segments)).count >= 3)
        #expect(content.pages.contains { $0.slug == "about" })
    }
}
