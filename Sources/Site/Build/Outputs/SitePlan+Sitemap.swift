/// `sitemap.xml`: every article, page and list page, with its last change. Share kits, the 404
/// page and redirects are left out: they are not pages a search engine should show.
extension SitePlan {
    func sitemap(listPages: [ListOutput]) -> OutputFile {
        var entries = (articles + pages).map {
            Sitemap.Entry(url: config.absoluteURL(forPath: $0.document.urlPath), lastModified: $0.document.updated ?? $0.document.date)
        }
        entries += listPages.map { Sitemap.Entry(url: config.absoluteURL(forPath: $0.urlPath), lastModified: $0.lastModified) }
        return OutputFile(path: paths.outputFile(for: paths.sitemap), content: .deferredText { Sitemap(entries: entries).xml })
    }
}
