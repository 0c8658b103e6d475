/// Files from contributors; their pages get the usual head and menu, and are never in the sitemap.
extension SitePlan {
    /// Every contributor's files for `articles` (all of them unless a rebuild says which), and
    /// every site-wide file, always made from the whole published site.
    func contributedFiles(for articles: [RenderedDocument]? = nil, threads: Int) throws -> [OutputFile] {
        try contributors.files(for: articles ?? published.articles, in: published, threads: threads).map(contributedFile)
    }

    func contributedFile(_ file: ContributedFile) -> OutputFile {
        switch file.content {
        case .text(let text):
            return OutputFile(path: paths.outputFile(for: file.urlPath), text: text)
        case .page(let template, let title, let description, let values, let noIndex):
            var head = TemplateContext.Head(title: title, description: description, urlPath: file.urlPath)
            head.noIndex = noIndex
            var page = context.common(head)
            page.merge(values) { _, contributed in contributed }
            return OutputFile(path: paths.outputFile(for: file.urlPath), template: template, context: page)
        }
    }
}
