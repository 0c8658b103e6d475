/// `sitemap.xml`: every article, page and list page, with its last change. Share kits, the 404
/// page and redirects are left out: they are not pages a search engine should show.
extension SitePlan {
    func sitemap(listPages: [ListOutput]) -> OutputFile {
        let documents = articles + pages, config = config
        let lists = listPages.map { (urlPath: $0.urlPath, lastModified: $0.lastModified) }
        // Its entries are made with its text, while the other files are written: made here, they
        // would hold up the start of that parallel writing.
        return OutputFile(path: paths.outputFile(for: paths.sitemap), content: .deferredText {
            var entries = documents.map {
                Sitemap.Entry(url: config.absoluteURL(forPath: $0.document.urlPath), lastModified: $0.document.updated ?? $0.document.date)
            }
            entries += lists.map { Sitemap.Entry(url: config.absoluteURL(forPath: $0.urlPath), lastModified: $0.lastModified) }
            return Sitemap(entries: entries).xml
        })
    }
}
