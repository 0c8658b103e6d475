import Core

/// Article and page files: the bulk of a build, rendered and written in parallel, one at a
/// time per thread, so memory holds a handful of pages rather than the whole site.
extension SitePlan {
    /// How many other articles "More for <segment>" shows.
    static let moreForLimit = 3

    func writeDocuments(to writer: OutputWriter, threads: Int) throws {
        let work = articles.indices.map { Optional($0) } + pages.map { _ in nil as Int? }
        let documents = articles + pages
        let failures = Parallel.map(Array(zip(work, documents)), threads: threads) { (index, rendered) -> Error? in
            let page = index.map { articleContext(at: $0) } ?? pageContext(rendered)
            do {
                try writer.write(theme.render(site: rendered.document.kind == .article ? .article : .page, page),
                                 to: paths.outputFile(for: rendered.document.urlPath))
                return nil
            } catch {
                return error
            }
        }
        if let failure = failures.compactMap({ $0 }).first { throw failure }
    }

    /// One standalone page, rendered.
    func renderStandalonePage(_ rendered: RenderedDocument) -> String {
        theme.render(site: .page, pageContext(rendered))
    }

    /// One article's page, rendered.
    func renderArticlePage(at index: Int) -> String {
        theme.render(site: .article, articleContext(at: index))
    }

    func articleContext(at index: Int) -> PageView {
        let rendered = articles[index]
        let document = rendered.document
        let image = context.previewImage(for: document)
        var head = TemplateContext.Head(title: document.title, description: rendered.summary, urlPath: document.urlPath)
        head.kind = .article
        head.image = image
        head.jsonLD = StructuredData.blogPosting(rendered, config: config, imageURL: image?.url ?? config.defaultImageURL)
        let segments = document.segments.compactMap { slug in context.segmentsInOrder.first { $0.segment.slug == slug } }
        head.feeds = segments.map { ("\($0.segment.title) · \(config.title)", paths.segmentFeed($0.segment.slug)) }
        head.publishedTime = document.date?.rfc3339
        head.modifiedTime = (document.updated ?? document.date)?.rfc3339
        let moreFor = segments.compactMap { segment, segmentEntry -> MoreForView? in
            // Only the newest few are shown: look at one more than that, not the whole segment.
            let newest = (self.index.articlesBySegment[segment.slug] ?? []).prefix(Self.moreForLimit + 1)
            let others = newest.filter { $0.document.urlPath != document.urlPath }.prefix(Self.moreForLimit)
            guard !others.isEmpty else { return nil }
            var entry = MoreForView(segment: segmentEntry, articles: others.map { summary(of: $0) })
            let isShownItself = newest.prefix(Self.moreForLimit).contains { $0.document.urlPath == document.urlPath }
            entry.html = isShownItself ? renderMoreFor(entry) : moreForBlocks[segment.slug]
            return entry
        }
        let previous = index + 1 < articles.count ? articles[index + 1] : nil
        let next = index > 0 ? articles[index - 1] : nil
        var values = ArticlePageValues(
            page: context.document(rendered, summary: summaries[document.urlPath]),
            previous: previous.map { summary(of: $0) }, next: next.map { summary(of: $0) }, hasNeighbours: articles.count > 1,
            moreFor: moreFor, moreForHTML: moreFor.map { ($0.html ?? "") + "\n" }.joined())
        values.pagerHTML = context.prepared(.pager, values) { pagerHTML(previous: previous?.document, next: next?.document) }
        values.related = related.suggestions[index].map {
            RelatedArticleView(article: summary(of: articles[$0.article]), reason: $0.reason)
        }
        values.relatedHTML = context.prepared(.related, values) { relatedHTML(values.related) }
        let contributed = contributors.compactMap { contributor in
            contributor.articleValues(for: rendered, in: published).map { (name: contributor.name, values: $0) }
        }
        return context.page(head, values, contributed: contributed)
    }

    /// Links to the older and newer article (`pager`), or "" for a site of one article.
    private func pagerHTML(previous: Document?, next: Document?) -> String {
        guard previous != nil || next != nil else { return "" }
        func link(_ document: Document?, rel: String, label: String) -> String {
            guard let document else { return "" }
            return "<a rel=\"\(rel)\" href=\"\(HTMLEscaping.escape(document.urlPath))\"><span>\(label)</span> \(HTMLEscaping.escape(document.title))</a>"
        }
        return "<nav class=\"pager\" aria-label=\"Older and newer articles\">\n  " + link(previous, rel: "prev", label: "Older") + "\n  "
            + link(next, rel: "next", label: "Newer") + "\n</nav>\n"
    }

    /// The related articles as the default `related` partial writes them, or "" for none.
    private func relatedHTML(_ related: [RelatedArticleView]) -> String {
        guard !related.isEmpty else { return "" }
        let items = related.map {
            "<li><a href=\"\(HTMLEscaping.escape($0.article.url))\">\(HTMLEscaping.escape($0.article.title))</a> <small>\(HTMLEscaping.escape($0.reason))</small></li>"
        }
        return "<aside class=\"related\" aria-label=\"Related articles\">\n  <h2>Related articles</h2>\n  <ul>\n    "
            + items.joined() + "\n  </ul>\n</aside>\n"
    }

    /// The `more-for` partial for one segment's entry, without its last line break (the
    /// template puts `{{{html}}}` on a line of its own).
    func renderMoreFor(_ entry: MoreForView) -> String {
        theme.renderFragment(.moreFor, WithSite(value: entry, site: context.site, basePath: paths.basePath))
    }

    /// Each segment's block as every article outside its newest few shows it — those same newest
    /// few — rendered once instead of on each of the segment's pages.
    func sharedMoreForBlocks() -> [String: String] {
        var blocks: [String: String] = [:]
        for segment in config.segments {
            let newest = (index.articlesBySegment[segment.slug] ?? []).prefix(Self.moreForLimit)
            guard !newest.isEmpty else { continue }
            blocks[segment.slug] = renderMoreFor(MoreForView(segment: context.segmentEntry(segment), articles: newest.map { summary(of: $0) }))
        }
        return blocks
    }

    func pageContext(_ rendered: RenderedDocument) -> PageView {
        var head = TemplateContext.Head(title: rendered.document.title, description: rendered.summary, urlPath: rendered.document.urlPath)
        head.image = context.previewImage(for: rendered.document)
        return context.page(head, StandalonePageValues(page: context.document(rendered)))
    }
}
