import Core

/// Every file a build writes, as output-relative paths, known from the published documents
/// alone, before anything is rendered.
enum OutputPaths {
    static func all(site: PublishedSite, theme: Theme, contributors: [BuildContributor]) -> Set<String> {
        let config = site.config, paths = site.paths
        let index = SiteIndex(articles: site.articles)
        var urls = (site.articles + site.pages).map(\.document.urlPath)
        for list in ArticleList.all(config: config, paths: paths, articles: site.articles, index: index) {
            urls += list.urls(perPage: config.paginate, paths: paths)
        }
        urls += [paths.notFound, paths.feed, paths.sitemap, paths.robots] + config.segments.map { paths.segmentFeed($0.slug) }
        urls += contributors.flatMap { $0.outputPaths(for: site) }
        var files = Set(urls.map(paths.outputFile(for:)))
        files.formUnion(theme.staticFiles.map(\.outputPath))
        for rendered in site.articles + site.pages {
            guard rendered.document.bundleFolder != nil else { continue }
            let folder = paths.outputFile(for: rendered.document.urlPath).split(separator: "/").dropLast().joined(separator: "/")
            files.formUnion(rendered.document.assets.map { folder.isEmpty ? $0 : folder + "/" + $0 })
        }
        return files
    }

    /// Every alias's redirect, or the problems with them, found before anything is rendered
    /// (build) or written (check). The paths of the whole site are worked out only when some
    /// document has an alias.
    static func aliases(site: PublishedSite, theme: Theme, contributors: [BuildContributor]) -> (redirects: [AliasRedirect], errors: [Diagnostic]) {
        let documents = (site.articles + site.pages).lazy.map(\.document).filter { !$0.aliases.isEmpty }
        guard !documents.isEmpty else { return ([], []) }
        return Aliases.plan(Array(documents), taken: all(site: site, theme: theme, contributors: contributors))
    }
}
