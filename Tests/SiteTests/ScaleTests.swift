import Foundation
import Testing
@testable import Site

@Suite("Scale")
struct ScaleTests {
    @Test("a site of 1,000 generated articles builds without error")
    func thousandArticles() throws {
        let site = try TestSite(fixture: "invalid/_base")
        defer { site.remove() }
        for index in 0..<1000 {
            let segment = index % 2 == 0 ? "founders" : "sales-leaders"
            let link = index > 0 ? "See [the one before](article-\(index - 1).md).\n" : ""
            try site.write("""
                ---
                title: "Article \(index)"
                date: 20\(10 + index % 15)-0\(1 + index % 9)-1\(index % 10)
                segments: [\(segment)]
                tags: [Tag \(index % 7)]
                ---
                Opening paragraph of article \(index).

                ## A section

                \(link)
                - one
                - two

                ```swift
                let x = \(index)
                ```
                """, to: "content/articles/article-\(index).md")
        }
        let report = try site.build()
        #expect(report.articles == 1000)
        let articlePages = try sitemapLocations(site.output.appendingPathComponent("sitemap.xml")).filter { $0.contains("/articles/") }
        #expect(articlePages.count == 1000)
        #expect(site.exists("page/100/index.html"))
        #expect(!site.exists("page/101/index.html"))
    }
}
