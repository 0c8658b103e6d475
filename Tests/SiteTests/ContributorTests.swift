import Core
import Foundation
import Testing
@testable import Site

/// A contributor with a site-wide file (every article's title) and a per-article file, as a
/// search index or a digest preview would be.
struct TitleIndex: BuildContributor {
    func outputPaths(for site: PublishedSite) -> [String] {
        ["\(site.paths.basePath)titles.txt"] + site.articles.map { "\(site.paths.basePath)words/\($0.document.slug).txt" }
    }

    func articleFiles(for article: RenderedDocument, in site: PublishedSite) throws -> [ContributedFile] {
        [ContributedFile(urlPath: "\(site.paths.basePath)words/\(article.document.slug).txt", content: .text("\(article.wordCount)\n"))]
    }

    func siteFiles(for site: PublishedSite) throws -> [ContributedFile] {
        [ContributedFile(urlPath: "\(site.paths.basePath)titles.txt",
                         content: .text(site.articles.map(\.document.title).joined(separator: "\n") + "\n"))]
    }
}

/// A contributor whose page names a template that no layer provides.
struct MissingTemplatePage: BuildContributor {
    func siteFiles(for site: PublishedSite) throws -> [ContributedFile] {
        [ContributedFile(urlPath: "\(site.paths.basePath)extra/",
                         content: .page(template: "extra-page", title: "Extra", description: "", values: NoPageValues(), noIndex: true))]
    }
}

/// A contributor that brings its own template, as the share kit does.
struct OwnTemplatePage: BuildContributor {
    var templates: [String: String] { ["colophon": "{{<base}}{{$main}}<p>Made with {{site.generator}}.</p>{{/main}}{{/base}}\n"] }

    func siteFiles(for site: PublishedSite) throws -> [ContributedFile] {
        [ContributedFile(urlPath: "\(site.paths.basePath)colophon/",
                         content: .page(template: "colophon", title: "Colophon", description: "", values: NoPageValues(), noIndex: false))]
    }
}

@Suite("Build contributors")
struct ContributorTests {
    static func titles(_ site: TestSite) throws -> [String] {
        try site.read("titles.txt").split(separator: "\n").map(String.init)
    }

    @Test("a site-wide file stays whole through the preview's body, front matter and template rebuilds")
    func siteWideInPreview() throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        let builder = IncrementalBuilder(options: site.options(), contributors: { [TitleIndex()] })
        _ = try builder.rebuild(changed: nil)
        let all = try Self.titles(site)
        #expect(all.count == 3)

        try IncrementalBuilderTests.edit(site, "content/articles/bonding-ties.md") { $0 + "\nTwo more words.\n" }
        #expect(try builder.rebuild(changed: ["content/articles/bonding-ties.md"]).kind == .articles(["bonding-ties"]))
        #expect(try Self.titles(site) == all)
        #expect(try site.read("words/bonding-ties.txt") != "0\n")

        try IncrementalBuilderTests.edit(site, "content/articles/give-first.md") {
            $0.replacingOccurrences(of: "title: \"Why give first?\"", with: "title: \"Give, first\"")
        }
        #expect(try builder.rebuild(changed: ["content/articles/give-first.md"]).kind == .articlesAndLists(["give-first"]))
        #expect(try Self.titles(site).count == 3)
        #expect(try Self.titles(site).contains { $0.hasPrefix("Give, first") })

        // Whatever the rebuild, the output equals a full build of the same sources.
        let incremental = try site.snapshot()
        try SiteBuilder(options: site.options(), contributors: [TitleIndex()]).build()
        #expect(try site.snapshot() == incremental)
    }

    @Test("a page that names a template no layer has fails the build, naming the template, and writes nothing")
    func missingTemplate() throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        do {
            try SiteBuilder(options: site.options(), contributors: [MissingTemplatePage()]).build()
            Issue.record("the build did not fail")
        } catch {
            #expect("\(error)".hasPrefix("templates/extra-page.mustache: error: no template named \"extra-page\""), "\(error)")
        }
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }

    @Test("a contributor's own template renders its page, and the site's templates/ overrides it")
    func ownTemplate() throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        try SiteBuilder(options: site.options(), contributors: [OwnTemplatePage()]).build()
        #expect(try site.read("colophon/index.html").contains("<p>Made with Goodwill.</p>"))
        try site.write("{{<base}}{{$main}}<p>Mine.</p>{{/main}}{{/base}}\n", to: "templates/colophon.mustache")
        try SiteBuilder(options: site.options(), contributors: [OwnTemplatePage()]).build()
        #expect(try site.read("colophon/index.html").contains("<p>Mine.</p>"))
    }
}
