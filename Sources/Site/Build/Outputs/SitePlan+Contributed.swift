import Core

/// Files from contributors; their pages get the usual head and menu, and are never in the sitemap.
extension SitePlan {
    /// Every contributor's files for `articles` (all of them unless a rebuild says which), and
    /// every site-wide file, always made from the whole published site.
    func contributedFiles(for articles: [RenderedDocument]? = nil, threads: Int) throws -> [OutputFile] {
        try contributors.files(for: articles ?? published.articles, in: published, threads: threads).map(contributedFile)
    }

    /// Every contributor's files, each written as soon as it is made, article by article on all
    /// cores, then the site-wide ones. Nothing is held for the whole site: the share kit's pages
    /// and JSON for 10,000 articles, made first and written after, were a few hundred MB of the
    /// build's peak memory.
    func writeContributedFiles(threads: Int, save: @Sendable (UnsafeRawBufferPointer, String) throws -> Void) throws {
        @Sendable func saveText(_ text: String, _ path: String) throws {
            var text = text
            try text.withUTF8 { try save(UnsafeRawBufferPointer($0), path) }
        }
        for contributor in contributors {
            let failures = Parallel.map(published.articles, threads: threads) { article -> Error? in
                do {
                    for file in try contributor.articleFiles(for: article, in: published) {
                        let output = contributedFile(file)
                        if case .utf8(let bytes) = output.content {
                            try bytes.withUnsafeBytes { try save($0, output.path) }
                        } else {
                            try saveText(try text(of: output), output.path)
                        }
                    }
                    return nil
                } catch {
                    return error
                }
            }
            if let failure = failures.compactMap({ $0 }).first { throw failure }
            try write(try contributor.siteFiles(for: published).map(contributedFile), threads: threads, save: saveText)
        }
    }

    func contributedFile(_ file: ContributedFile) -> OutputFile {
        switch file.content {
        case .text(let text):
            return OutputFile(path: paths.outputFile(for: file.urlPath), text: text)
        case .utf8(let bytes):
            return OutputFile(path: paths.outputFile(for: file.urlPath), content: .utf8(bytes))
        case .page(let template, let title, let description, let values, let noIndex):
            var head = TemplateContext.Head(title: title, description: description, urlPath: file.urlPath)
            head.noIndex = noIndex
            let page = context.page(head, values)
            return OutputFile(path: paths.outputFile(for: file.urlPath), template: template, context: page)
        }
    }
}
