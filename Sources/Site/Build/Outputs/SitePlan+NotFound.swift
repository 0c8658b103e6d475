/// The page a static server shows for an address that does not exist: `404.html`.
extension SitePlan {
    func notFoundPage() -> OutputFile {
        var head = TemplateContext.Head(title: "Page not found", description: "", urlPath: paths.notFound)
        head.noIndex = true
        let page = context.page(head, NotFoundPageValues(articles: articles.prefix(5).map { summary(of: $0) }))
        return OutputFile(path: paths.outputFile(for: paths.notFound), template: SiteTemplate.notFound.rawValue, context: page)
    }
}
