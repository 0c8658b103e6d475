/// The search page (`/search/`), when the build indexes the site with Pagefind: a form that
/// searches the index in the browser, filtered by audience segment, and without JavaScript
/// submits to a web search limited to the site.
extension SitePlan {
    func searchPage() -> OutputFile? {
        guard config.isSearchOn else { return nil }
        var head = TemplateContext.Head(title: "Search", description: "Search the articles of \(config.title)", urlPath: paths.search)
        // A page of results for whatever was typed is nothing for a search engine to list.
        head.noIndex = true
        let values = SearchPageValues(fallbackSite: config.host)
        return OutputFile(path: paths.outputFile(for: paths.search), template: SiteTemplate.search.rawValue, context: context.page(head, values))
    }
}
