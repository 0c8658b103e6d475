import Foundation

/// Every file of the output, rendered and handed to the writer.
struct SitePlan {
    let config: SiteConfig
    let theme: Theme
    /// Newest first.
    let articles: [RenderedDocument]
    let pages: [RenderedDocument]

    func write(to writer: OutputWriter, siteRoot: URL, threads: Int) throws {
        let paths = URLPaths(config: config)
        var segmentCounts: [String: Int] = [:]
        for article in articles { for segment in article.document.segments { segmentCounts[segment, default: 0] += 1 } }
        let context = TemplateContext(config: config, paths: paths, segmentCounts: segmentCounts, pages: pages.map(\.document))

        // Static files first, so a page of the same name wins.
        for file in theme.staticFiles {
            switch file.source {
            case .file(let path): try writer.copy(file: path, to: file.outputPath)
            case .builtIn(let text): try writer.write(text, to: file.outputPath)
            }
        }
        for rendered in articles + pages {
            guard let folder = rendered.document.bundleFolder else { continue }
            let outputFolder = (paths.outputFile(for: rendered.document.urlPath) as NSString).deletingLastPathComponent
            for asset in rendered.document.assets {
                try writer.copy(file: siteRoot.path + "/" + folder + "/" + asset, to: outputFolder + "/" + asset)
            }
        }

        let documents = articles.enumerated().map { ($0.offset, $0.element) } + pages.map { (-1, $0) }
        let failures = Parallel.map(documents, threads: threads) { (index, rendered) -> Error? in
            var page = context.common(title: rendered.document.title, description: rendered.summary, urlPath: rendered.document.urlPath)
            page["page"] = context.document(rendered)
            if index >= 0 {
                if index + 1 < articles.count { page["previous"] = context.summaryEntry(articles[index + 1]) }
                if index > 0 { page["next"] = context.summaryEntry(articles[index - 1]) }
                page["has_neighbours"] = articles.count > 1
            }
            let template = rendered.document.kind == .article ? "article" : "page"
            do {
                try writer.write(theme.render(template, page), to: paths.outputFile(for: rendered.document.urlPath))
                return nil
            } catch {
                return error
            }
        }
        if let failure = failures.compactMap({ $0 }).first { throw failure }

        var home = context.common(title: nil, description: config.description ?? "", urlPath: paths.home)
        home["articles"] = articles.map(context.summaryEntry)
        home["is_home"] = true
        try writer.write(theme.render("home", home), to: paths.outputFile(for: paths.home))
    }
}
