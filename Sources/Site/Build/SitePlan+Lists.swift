import Foundation

/// Pages that list articles: home, segment hubs, tags, archive; and the 404 and redirect pages.
extension SitePlan {
    struct ListOutput {
        var file: OutputFile
        var urlPath: String
        var lastModified: ContentDate?
    }

    func listPages() -> [ListOutput] {
        var outputs: [ListOutput] = []
        var homeHead = TemplateContext.Head(title: nil, description: config.description ?? "", urlPath: paths.home)
        homeHead.jsonLD = StructuredData.website(config: config)
        outputs += paginated(articles, firstURL: paths.home, template: "home", title: nil, description: config.description ?? "",
                             head: homeHead) { page in
            page["is_home"] = true
        }
        outputs.append(single(paths.segments, template: "segments", title: "Topics", description: "Articles by the audience they serve.",
                              lastModified: newest(articles)) { page in
            page["segments"] = context.segmentsInOrder.map { $0.entry }
        })
        for segment in config.segments {
            let articles = articlesBySegment[segment.slug] ?? []
            var head = TemplateContext.Head(title: segment.title, description: segment.description, urlPath: paths.segment(segment.slug))
            head.feeds = [("\(segment.title) · \(config.title)", paths.segmentFeed(segment.slug))]
            outputs += paginated(articles, firstURL: paths.segment(segment.slug), template: "list", title: segment.title,
                                 description: segment.description, head: head) { page in
                page["list"] = ["title": segment.title, "kind": "segment", "segment": context.segmentEntry(segment)] as [String: Any]
            }
        }
        outputs.append(single(paths.tags, template: "tags", title: "Tags", description: "Every tag, with its articles.",
                              lastModified: newest(articles)) { page in
            page["tags"] = tags.map { tag -> [String: Any] in
                ["name": tag.name, "slug": tag.slug, "url": paths.tag(tag.slug), "count": tag.articles.count]
            }
        })
        for tag in tags {
            outputs += paginated(tag.articles, firstURL: paths.tag(tag.slug), template: "list", title: tag.name,
                                 description: "Articles tagged \(tag.name).") { page in
                page["list"] = ["title": tag.name, "kind": "tag", "tag": context.tagEntry(tag.name)] as [String: Any]
            }
        }
        outputs.append(single(paths.archive, template: "archive", title: "Archive", description: "Every article, by year.",
                              lastModified: newest(articles)) { page in
            var years: [(Int, [RenderedDocument])] = []
            for article in articles {
                let year = article.document.date?.year ?? 0
                if years.last?.0 == year { years[years.count - 1].1.append(article) } else { years.append((year, [article])) }
            }
            page["years"] = years.map { ["year": $0.0, "articles": $0.1.map { summary(of: $0) }] as [String: Any] }
        })
        return outputs
    }

    func notFoundPage() -> OutputFile {
        var head = TemplateContext.Head(title: "Page not found", description: "", urlPath: paths.notFound)
        head.noIndex = true
        var page = context.common(head)
        page["articles"] = articles.prefix(5).map { summary(of: $0) }
        return OutputFile(path: paths.outputFile(for: paths.notFound), template: "404", context: page)
    }

    /// A redirect page at each `aliases` path, so old links keep working after a move.
    func aliasPages() throws -> [OutputFile] {
        var taken = Set((articles + pages).map { paths.outputFile(for: $0.document.urlPath) })
        var files: [OutputFile] = []
        var errors: [SiteError] = []
        for rendered in articles + pages {
            let document = rendered.document
            for (alias, position) in zip(document.aliases, document.aliasPositions) {
                let parts = alias.split(separator: "/")
                guard !parts.isEmpty, !parts.contains(".."), !parts.contains("."), !alias.contains("://") else {
                    errors.append(SiteError(file: document.sourcePath, line: position.line, column: position.column,
                                            message: "alias \"\(alias)\" is not a path on this site", hint: "write the old path, e.g. /2019/old-title/"))
                    continue
                }
                var path = parts.joined(separator: "/")
                if alias.hasSuffix("/") || !(parts.last!.contains(".")) { path += "/index.html" }
                guard taken.insert(path).inserted else {
                    errors.append(SiteError(file: document.sourcePath, line: position.line, column: position.column,
                                            message: "alias \"\(alias)\" would overwrite \(path), which another page or alias writes",
                                            hint: "remove the alias or pick another path"))
                    continue
                }
                var head = TemplateContext.Head(title: document.title, description: "", urlPath: document.urlPath)
                head.noIndex = true
                var page = context.common(head)
                page["target_url"] = config.absoluteURL(forPath: document.urlPath)
                page["target_title"] = document.title
                files.append(OutputFile(path: path, template: "alias", context: page))
            }
        }
        guard errors.isEmpty else { throw BuildFailure(errors) }
        return files
    }

    /// Files from contributors; their pages get the usual head and menu, and are never in the sitemap.
    func contributedFiles() throws -> [OutputFile] {
        try contributors.flatMap { try $0.files(for: published) }.map(contributedFile)
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

    private func newest<Articles: Sequence<RenderedDocument>>(_ articles: Articles) -> ContentDate? {
        articles.compactMap { $0.document.updated ?? $0.document.date }.max()
    }

    private func single(_ urlPath: String, template: String, title: String, description: String, lastModified: ContentDate?,
                        fill: (inout [String: Any]) -> Void) -> ListOutput {
        var page = context.common(TemplateContext.Head(title: title, description: description, urlPath: urlPath))
        fill(&page)
        return ListOutput(file: OutputFile(path: paths.outputFile(for: urlPath), template: template, context: page),
                          urlPath: urlPath, lastModified: lastModified)
    }

    private func paginated(_ items: [RenderedDocument], firstURL: String, template: String, title: String?, description: String,
                           head: TemplateContext.Head? = nil, fill: @escaping (inout [String: Any]) -> Void) -> [ListOutput] {
        ListPage.paginate(items, perPage: config.paginate, firstURL: firstURL, paths: paths).map { listPage in
            var pageHead = head ?? TemplateContext.Head(title: title, description: description, urlPath: firstURL)
            pageHead.urlPath = listPage.url
            if listPage.number > 1 { pageHead.title = "\(title ?? "Articles") (page \(listPage.number))" }
            pageHead.previousURL = listPage.previousURL
            pageHead.nextURL = listPage.nextURL
            let plan = self
            let content = OutputFile.Content.deferredTemplate(template) { [pageHead] in
                var page = plan.context.common(pageHead)
                let entries = listPage.items.map { plan.summary(of: $0) }
                page["articles"] = entries
                page["cards_html"] = JoinedHTML(parts: entries.compactMap { $0["card_html"] as? String })
                page["pagination"] = listPage.context
                page["is_first_page"] = listPage.number == 1
                fill(&page)
                return page
            }
            return ListOutput(file: OutputFile(path: paths.outputFile(for: listPage.url), content: content),
                              urlPath: listPage.url, lastModified: newest(listPage.items))
        }
    }
}
