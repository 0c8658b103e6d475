import Core
import Foundation

/// Pages that list articles: home, segment hubs, the segment and tag indexes, tag pages and the
/// archive, made from the site's `ArticleList`s.
extension SitePlan {
    struct ListOutput {
        var file: OutputFile
        var urlPath: String
        var lastModified: ContentDate?
        /// The articles the page shows, by URL path: a preview re-renders the page only when
        /// these change or one of them was edited.
        var items: [String]
    }

    func listPages() -> [ListOutput] {
        ArticleList.all(config: config, paths: paths, articles: articles, index: index).flatMap(listPages(of:))
    }

    private func listPages(of list: ArticleList) -> [ListOutput] {
        switch list.kind {
        case .home:
            var head = TemplateContext.Head(title: nil, description: config.description ?? "", urlPath: paths.home)
            head.jsonLD = StructuredData.website(config: config)
            return paginated(list, template: .home, title: nil, description: config.description ?? "", head: head) { listing in
                HomePageValues(listing: listing)
            }
        case .segments:
            return [single(list, template: .segments, title: "Topics", description: "Articles by the audience they serve.",
                           SegmentsPageValues(segments: context.segmentsInOrder.map { $0.entry }))]
        case .segment(let segment):
            var head = TemplateContext.Head(title: segment.title, description: segment.description, urlPath: list.firstURL)
            head.feeds = [("\(segment.title) · \(config.title)", paths.segmentFeed(segment.slug))]
            let entry = context.segmentEntry(segment)
            let view = ListView(title: segment.title, segment: entry, tag: nil)
            return paginated(list, template: .list, title: segment.title, description: segment.description, head: head) { listing in
                ListPageValues(listing: listing, list: view)
            }
        case .tags:
            return [single(list, template: .tags, title: "Tags", description: "Every tag, with its articles.",
                           TagsPageValues(tags: index.tags.map { tag in context.tagEntry(tag.name, count: tag.articles.count) }))]
        case .tag(_, let name):
            let view = ListView(title: name, segment: nil, tag: context.tagEntry(name))
            return paginated(list, template: .list, title: name, description: "Articles tagged \(name).") { listing in
                ListPageValues(listing: listing, list: view)
            }
        case .archive:
            var years: [(Int, [RenderedDocument])] = []
            for article in list.articles {
                let year = article.document.date?.year ?? 0
                if years.last?.0 == year { years[years.count - 1].1.append(article) } else { years.append((year, [article])) }
            }
            return [single(list, template: .archive, title: "Archive", description: "Every article, by year.",
                           ArchivePageValues(years: years.map { YearView(year: $0.0, articles: $0.1.map { summary(of: $0) }) }))]
        }
    }

    private func newest<Articles: Sequence<RenderedDocument>>(_ articles: Articles) -> ContentDate? {
        articles.compactMap { $0.document.updated ?? $0.document.date }.max()
    }

    private func single(_ list: ArticleList, template: SiteTemplate, title: String, description: String,
                        _ own: any TemplateView) -> ListOutput {
        let page = context.page(TemplateContext.Head(title: title, description: description, urlPath: list.firstURL), own)
        return ListOutput(file: OutputFile(path: paths.outputFile(for: list.firstURL), template: template.rawValue, context: page),
                          urlPath: list.firstURL, lastModified: newest(list.articles), items: list.articles.map(\.document.urlPath))
    }

    private func paginated(_ list: ArticleList, template: SiteTemplate, title: String?, description: String,
                           head: TemplateContext.Head? = nil,
                           own: @escaping @Sendable (ListingValues) -> any TemplateView) -> [ListOutput] {
        ListPage.paginate(list.articles, perPage: config.paginate, firstURL: list.firstURL, paths: paths).map { listPage in
            var pageHead = head ?? TemplateContext.Head(title: title, description: description, urlPath: list.firstURL)
            pageHead.urlPath = listPage.url
            if listPage.number > 1 {
                pageHead.title = "\(title ?? "Articles") (page \(listPage.number))"
                // Each pager page says which it is, so search results do not show one text N times.
                pageHead.description = "Page \(listPage.number): " + (pageHead.description.isEmpty ? context.siteDescription : pageHead.description)
            }
            pageHead.previousURL = listPage.previousURL
            pageHead.nextURL = listPage.nextURL
            // Only what the page needs is captured: a copy of the whole plan per page retained
            // and released a dozen references each time, over thousands of list pages.
            let context = self.context, summaries = self.summaries
            let content = OutputFile.Content.deferredTemplate(template.rawValue) { [pageHead] in
                let entries = listPage.items.map { Self.summary(of: $0, summaries: summaries, context: context) }
                return context.page(pageHead, own(ListingValues(articles: entries, cardsHTML: JoinedHTML(parts: entries.compactMap(\.cardHTML)),
                                                                pagination: listPage.view, isFirstPage: listPage.number == 1)))
            }
            return ListOutput(file: OutputFile(path: paths.outputFile(for: listPage.url), content: content),
                              urlPath: listPage.url, lastModified: newest(listPage.items), items: listPage.items.map(\.document.urlPath))
        }
    }
}
