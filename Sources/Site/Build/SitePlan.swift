import Foundation
import Markdown

/// Every file of the output, rendered and handed to the writer. Grown by concern across
/// files: documents, lists (home, hubs, tags, archive), feeds and sitemap.
struct SitePlan {
    let config: SiteConfig
    let theme: Theme
    let paths: URLPaths
    /// Newest first.
    let articles: [RenderedDocument]
    let pages: [RenderedDocument]
    let context: TemplateContext
    /// Published articles of each declared segment, newest first.
    let articlesBySegment: [String: [RenderedDocument]]
    /// Tags by slug (sorted), with the name as written and their articles, newest first.
    let tags: [(slug: String, name: String, articles: [RenderedDocument])]

    /// A file made in memory, written once everything is rendered.
    struct OutputFile {
        var path: String
        var text: String
    }

    init(config: SiteConfig, theme: Theme, articles: [RenderedDocument], pages: [RenderedDocument]) {
        self.config = config
        self.theme = theme
        self.paths = URLPaths(config: config)
        self.articles = articles
        self.pages = pages
        var bySegment: [String: [RenderedDocument]] = [:]
        var byTag: [String: (name: String, articles: [RenderedDocument])] = [:]
        for article in articles {
            for segment in article.document.segments { bySegment[segment, default: []].append(article) }
            for tag in article.document.tags {
                byTag[Slug.make(from: tag), default: (tag, [])].articles.append(article)
            }
        }
        self.articlesBySegment = bySegment
        self.tags = byTag.keys.sorted().map { (slug: $0, name: byTag[$0]!.name, articles: byTag[$0]!.articles) }
        self.context = TemplateContext(config: config, paths: paths, segmentCounts: bySegment.mapValues(\.count),
                                       pages: pages.map(\.document))
    }

    func write(to writer: OutputWriter, siteRoot: URL, threads: Int) throws {
        let staticPaths = try writeStaticFiles(to: writer, siteRoot: siteRoot)
        try writeDocuments(to: writer, threads: threads)

        var sitemap = documentSitemapEntries()
        var files: [OutputFile] = []
        for list in listPages() {
            files.append(list.file)
            sitemap.append(Sitemap.Entry(url: config.absoluteURL(forPath: list.urlPath), lastModified: list.lastModified))
        }
        files += try aliasPages()
        files.append(notFoundPage())
        files += feeds()
        files.append(OutputFile(path: paths.outputFile(for: paths.sitemap), text: Sitemap(entries: sitemap).xml))
        if !staticPaths.contains(paths.outputFile(for: paths.robots)) {
            files.append(OutputFile(path: paths.outputFile(for: paths.robots),
                                    text: "User-agent: *\nAllow: /\nSitemap: \(config.absoluteURL(forPath: paths.sitemap))\n"))
        }
        let failures = Parallel.map(files, threads: threads) { file -> Error? in
            do { try writer.write(file.text, to: file.path); return nil } catch { return error }
        }
        if let failure = failures.compactMap({ $0 }).first { throw failure }
    }

    /// Theme and site static files, then bundle assets; pages written later win over them.
    private func writeStaticFiles(to writer: OutputWriter, siteRoot: URL) throws -> Set<String> {
        var written: Set<String> = []
        for file in theme.staticFiles {
            switch file.source {
            case .file(let path): try writer.copy(file: path, to: file.outputPath)
            case .builtIn(let text): try writer.write(text, to: file.outputPath)
            }
            written.insert(file.outputPath)
        }
        for rendered in articles + pages {
            guard let folder = rendered.document.bundleFolder else { continue }
            let outputFolder = (paths.outputFile(for: rendered.document.urlPath) as NSString).deletingLastPathComponent
            for asset in rendered.document.assets {
                try writer.copy(file: siteRoot.path + "/" + folder + "/" + asset, to: outputFolder + "/" + asset)
            }
        }
        return written
    }
}
