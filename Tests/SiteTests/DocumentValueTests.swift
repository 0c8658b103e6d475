import Core
import Foundation
import Testing
@testable import Site

/// `Document` and `RenderedDocument` keep their fields in a shared box copied on the first
/// write: they must still behave as values, whoever holds a copy and whatever thread writes.
@Suite("Documents are values")
struct DocumentValueTests {
    static func articles() throws -> [Document] {
        let config = try ConfigLoader.load(siteRoot: ExampleSiteTests.repoRoot, otherKeys: ExampleSiteTests.otherKeys)
        return try ContentLoader(root: ExampleSiteTests.repoRoot, config: config).load().articles
    }

    @Test("writing to a copy leaves the original and every other copy as they were")
    func copyOnWrite() throws {
        let original = try #require(try Self.articles().first)
        var copy = original
        let other = original
        copy.title = "Changed"
        copy.tags.append("new-tag")
        copy.body = []
        #expect(original.title != "Changed" && other.title == original.title)
        #expect(!original.tags.contains("new-tag") && copy.tags.last == "new-tag")
        #expect(!original.body.isEmpty && copy.body.isEmpty)

        let rendered = PublishedArticles.render(original, config: try ConfigLoader.load(siteRoot: ExampleSiteTests.repoRoot, otherKeys: ExampleSiteTests.otherKeys))
        var renderedCopy = rendered
        renderedCopy.document.title = "Also changed"
        renderedCopy.html = ""
        #expect(rendered.document.title == original.title && !rendered.html.isEmpty)
        #expect(renderedCopy.document.title == "Also changed" && original.title != "Also changed")
    }

    @Test("copies written on many threads at once each keep their own value")
    func concurrentWrites() throws {
        let shared = try #require(try Self.articles().first)
        let titles = Parallel.map(Array(0..<2_000), threads: 4) { index -> String in
            var mine = shared
            mine.title = "Title \(index)"
            mine.tags = [String(index)]
            return mine.title + "|" + mine.tags.joined()
        }
        #expect(titles == (0..<2_000).map { "Title \($0)|\($0)" })
        #expect(!shared.title.hasPrefix("Title "))
    }
}
