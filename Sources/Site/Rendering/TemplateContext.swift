import Markdown

/// Builds the values templates see. Every key is documented in docs/themes.md; keep the two
/// in step. Empty values are left out rather than set to "", because Mustache treats an
/// empty string as true and `{{#summary}}…{{/summary}}` would render an empty block.
struct TemplateContext {
    let config: SiteConfig
    let paths: URLPaths
    /// Published articles per segment slug.
    let segmentCounts: [String: Int]
    let pages: [Document]

    /// Keys every template gets.
    func common(title: String?, description: String, urlPath: String) -> [String: Any] {
        var context: [String: Any] = [
            "site": site,
            "page_title": title.map { "\($0) · \(config.title)" } ?? config.title,
            "canonical_url": config.absoluteURL(forPath: urlPath),
            "base_path": paths.basePath,
            "nav": pages.map { ["title": $0.title, "url": $0.urlPath, "current": $0.urlPath == urlPath] },
        ]
        context["description"] = nonEmpty(description) ?? nonEmpty(config.description ?? "")
        return context
    }

    var site: [String: Any] {
        var site: [String: Any] = [
            "title": config.title,
            "base_url": config.baseURL,
            "language": config.language,
            "home_url": paths.home,
            "author": author,
            "segments": config.segments.map { segment -> [String: Any] in
                var entry = segmentEntry(segment)
                entry["article_count"] = segmentCounts[segment.slug] ?? 0
                return entry
            },
            "generator": "Goodwill",
        ]
        site["description"] = config.description.flatMap(nonEmpty)
        site["has_segments"] = !config.segments.isEmpty
        site["extra"] = config.extra.map(Self.plain)
        return site
    }

    private var author: [String: Any] {
        var author: [String: Any] = ["name": config.author.name]
        author["email"] = config.author.email
        author["url"] = config.author.url
        author["bio"] = config.author.bio
        return author
    }

    func segmentEntry(_ segment: Segment) -> [String: Any] {
        var entry: [String: Any] = ["slug": segment.slug, "title": segment.title]
        entry["description"] = nonEmpty(segment.description)
        return entry
    }

    /// An article or page as a whole page's `page` value.
    func document(_ rendered: RenderedDocument) -> [String: Any] {
        var entry = summaryEntry(rendered)
        let document = rendered.document
        entry["slug"] = document.slug
        entry["kind"] = document.kind.rawValue
        entry["is_article"] = document.kind == .article
        entry["content"] = rendered.html
        entry["word_count"] = rendered.wordCount
        entry["permalink"] = config.absoluteURL(forPath: document.urlPath)
        let tocHeadings = rendered.headings.filter { $0.level >= 2 && $0.level <= 3 }
        entry["toc"] = tocHeadings.map { ["level": $0.level, "id": $0.id, "title": $0.text, "url": "#\($0.id)"] as [String: Any] }
        entry["has_toc"] = tocHeadings.count >= 3
        entry["updated"] = document.updated.map(date)
        entry["image"] = document.image
        entry["extra"] = document.extra.map(Self.plain)
        return entry
    }

    /// What lists (home, archives) show of an article.
    func summaryEntry(_ rendered: RenderedDocument) -> [String: Any] {
        let document = rendered.document
        var entry: [String: Any] = [
            "title": document.title,
            "url": document.urlPath,
            "reading_time": rendered.readingTime,
            "segments": document.segments.compactMap(config.segment).map(segmentEntry),
            "tags": document.tags.map { ["name": $0, "slug": Slug.make(from: $0)] },
        ]
        entry["has_segments"] = !document.segments.isEmpty
        entry["has_tags"] = !document.tags.isEmpty
        entry["summary"] = nonEmpty(rendered.summary)
        entry["date"] = document.date.map(date)
        entry["is_draft"] = document.isDraft
        return entry
    }

    func date(_ date: ContentDate) -> [String: Any] {
        ["iso": date.rfc3339, "display": date.display, "year": date.year]
    }

    private func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }

    /// Front matter as plain Mustache values, table keys in written order.
    static func plain(_ node: FrontMatterNode) -> Any {
        switch node.value {
        case .string(let text), .date(let text): return text
        case .integer(let number): return number
        case .number(let number): return number
        case .bool(let flag): return flag
        case .list(let items): return items.map(plain)
        case .table(let entries):
            var table: [String: Any] = [:]
            for (key, value) in entries { table[key] = plain(value) }
            return table
        case .null: return false
        }
    }
}
