import Core
import Foundation
import Markdown

/// What a finished build keeps in memory so the next one can redo only what changed.
public struct BuildState {
    /// Every document read, drafts and future ones too, as a reload starts from.
    let content: SiteContent
    let renderer: DocumentRenderer
    let plan: SitePlan
    /// The Pagefind that indexes the site after every rebuild; nil when search is off.
    var pagefind: Pagefind? = nil
}

/// Rebuilds a site for the preview server, redoing only what an edit can have changed:
/// - the body of published articles (same front matter, summary and reading time): only their
///   pages, and feeds when they carry full content;
/// - their front matter or summary (title, date, tags, …; not their segments, slug or aliases):
///   their pages, their older and newer neighbours, the articles whose "more for" lists show
///   them, every list page, feed, the sitemap and their share kits — and list pages the edit
///   made disappear are removed;
/// - a template: the pages made with it (`article`: article pages; `page`: standalone pages;
///   `home`, `list`, `segments`, `tags`, `archive`, `404`, `pagination`: list pages; `alias`:
///   redirects; a contributor's own template, such as `share`: that contributor's files);
///
/// Contributors' per-article files are made again for the edited articles, and their site-wide
/// files after every rebuild, from the whole published site.
/// - anything else (a new or deleted file, segments, `base` or another partial, the config):
///   everything.
public final class IncrementalBuilder {
    public let options: BuildOptions
    private let makeContributors: () -> [BuildContributor]
    private var state: BuildState?
    /// After a failed rebuild the next one is full: a later edit elsewhere must not hide an
    /// error that is still there.
    private var lastFailed = false

    public init(options: BuildOptions, contributors: @escaping () -> [BuildContributor] = { [] }) {
        self.options = options
        self.makeContributors = contributors
    }

    /// How the last rebuild went: every page, or only the edited articles.
    public enum Kind: Sendable, Equatable {
        case full
        /// Only these articles' pages (body edits).
        case articles([String])
        /// These articles' pages and what lists them (front matter edits).
        case articlesAndLists([String])
        /// The pages made with these templates.
        case templates([String])
    }

    /// Rebuilds after `changed` (site-relative paths; nil when unknown). On an error the
    /// previous output stays in place and the next call starts from the last good state.
    public func rebuild(changed: [String]?) throws -> (report: BuildReport, kind: Kind) {
        let canBeIncremental = !lastFailed
        lastFailed = true
        if canBeIncremental, let state, let changed,
           var report = try rebuildTemplates(changed, state: state) ?? rebuildArticles(changed, state: state) {
            // The index is made again from the whole output: Pagefind has no incremental mode,
            // and an edit can change what any page says of the article.
            if let pagefind = state.pagefind { report.report.search = try pagefind.index(folder: options.output) }
            lastFailed = false
            return report
        }
        let (report, state) = try SiteBuilder(options: options, contributors: makeContributors()).buildKeepingState()
        self.state = state
        lastFailed = false
        return (report, .full)
    }

    private func rebuildArticles(_ changed: [String], state: BuildState) throws -> (report: BuildReport, kind: Kind)? {
        let started = DispatchTime.now()
        let published = Dictionary(uniqueKeysWithValues: state.plan.articles.enumerated().map { ($0.element.document.sourcePath, $0.offset) })
        guard !changed.isEmpty, changed.allSatisfy({ published[$0] != nil }) else { return nil }

        // The same loading and site-wide checks as a build: a new tag spelling that clashes, a
        // missing image or a slug taken twice is reported here too, and image sizes are read.
        let loader = ContentLoader(root: options.source, config: state.plan.config, threads: options.threads)
        let (content, problems) = loader.reload(changed: Set(changed), previous: state.content)
        guard problems.isEmpty else { throw Diagnostics(problems) }

        var plan = state.plan
        var updated: [(index: Int, rendered: RenderedDocument)] = []
        var bodyOnly = true
        for path in changed {
            let index = published[path]!
            let old = plan.articles[index]
            guard let document = content.articles.first(where: { $0.sourcePath == path }) else { return nil }
            if !document.hasSameFrontMatter(as: old.document) {
                // Segments feed every page's `site` (article counts); slugs and aliases move files.
                guard document.slug == old.document.slug, document.segments == old.document.segments,
                      document.aliases == old.document.aliases,
                      document.isPublished(at: options.today, includeDrafts: options.includeDrafts, includeFuture: options.includeFuture)
                else { return nil }
                bodyOnly = false
            }
            let rendered = try state.renderer.render(document).get()
            // Lists show the summary and the reading time: if either moved, every list must follow.
            if rendered.summary != old.summary || rendered.readingTime != old.readingTime { bodyOnly = false }
            updated.append((index, rendered))
        }
        if !bodyOnly { return try rebuildArticlesAndLists(updated, content: content, state: state, started: started) }
        for (index, rendered) in updated { plan = plan.replacingArticle(at: index, with: rendered) }
        // Contributors check article by article: the edited ones are all that can have changed.
        let edited = updated.map(\.rendered)
        let errors = plan.contributors.flatMap { $0.check(edited, in: plan.published) }
        guard errors.isEmpty else { throw Diagnostics(errors) }

        var files = 0
        for (index, rendered) in updated {
            try Self.replace(options.output.appendingPathComponent(plan.paths.outputFile(for: rendered.document.urlPath)),
                             with: plan.renderArticlePage(at: index))
            files += 1
        }
        var refreshed = try plan.contributedFiles(for: edited, threads: options.threads)
        if plan.config.feed.fullContent { refreshed += plan.feeds() }
        try plan.write(refreshed, threads: options.threads, save: save)
        files += refreshed.count
        self.state = BuildState(content: content, renderer: state.renderer, plan: plan, pagefind: state.pagefind)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        return (BuildReport(articles: plan.articles.count, pages: plan.pages.count, files: files, seconds: seconds, output: options.output),
                .articles(updated.map { $0.rendered.document.slug }))
    }

    private func rebuildArticlesAndLists(_ updated: [(index: Int, rendered: RenderedDocument)], content: SiteContent,
                                         state: BuildState, started: DispatchTime) throws -> (report: BuildReport, kind: Kind) {
        let old = state.plan
        var articles = old.articles
        for (index, rendered) in updated { articles[index] = rendered }
        articles.sort { Document.newestFirst($0.document, $1.document) }
        let editedPaths = Set(updated.map { $0.rendered.document.urlPath })
        let plan = SitePlan(config: old.config, theme: old.theme, articles: articles, pages: old.pages,
                            contributors: old.contributors, reusing: old.summaries.filter { !editedPaths.contains($0.key) })
        let edited = updated.map(\.rendered)
        let errors = plan.contributors.flatMap { $0.check(edited, in: plan.published) }
        guard errors.isEmpty else { throw Diagnostics(errors) }

        // Pages that show an edited article: itself, its neighbours before and after the edit,
        // and the articles whose "more for" lists can show it.
        var affected: Set<String> = editedPaths
        for list in [old.articles, plan.articles] {
            for (index, article) in list.enumerated() where editedPaths.contains(article.document.urlPath) {
                if index > 0 { affected.insert(list[index - 1].document.urlPath) }
                if index + 1 < list.count { affected.insert(list[index + 1].document.urlPath) }
            }
            for segment in Set(updated.flatMap { $0.rendered.document.segments }) {
                let members = list.filter { $0.document.segments.contains(segment) }
                if members.prefix(SitePlan.moreForLimit + 1).contains(where: { editedPaths.contains($0.document.urlPath) }) {
                    affected.formUnion(members.map(\.document.urlPath))
                }
            }
        }
        // And the articles whose related list changed or shows an edited article (its title).
        affected.formUnion(Self.relatedChanges(old: old, new: plan, edited: editedPaths))
        var files = 0
        for (index, article) in plan.articles.enumerated() where affected.contains(article.document.urlPath) {
            try Self.replace(options.output.appendingPathComponent(plan.paths.outputFile(for: article.document.urlPath)),
                             with: plan.renderArticlePage(at: index))
            files += 1
        }
        let (summaryFiles, gonePaths) = plan.summaryFiles(editing: editedPaths, since: old)
        let contributed = try plan.contributedFiles(for: edited, threads: options.threads)
        try plan.write(summaryFiles + contributed, threads: options.threads, save: save)
        files += summaryFiles.count + contributed.count
        for gone in gonePaths {
            try? FileManager.default.removeItem(at: options.output.appendingPathComponent(gone))
        }
        self.state = BuildState(content: content, renderer: state.renderer, plan: plan, pagefind: state.pagefind)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        return (BuildReport(articles: plan.articles.count, pages: plan.pages.count, files: files, seconds: seconds, output: options.output),
                .articlesAndLists(updated.map { $0.rendered.document.slug }))
    }

    /// URL paths of the articles whose related articles differ between two plans, or include
    /// one of `edited`.
    private static func relatedChanges(old: SitePlan, new: SitePlan, edited: Set<String>) -> Set<String> {
        func lists(_ plan: SitePlan) -> [String: [String]] {
            Dictionary(uniqueKeysWithValues: plan.articles.indices.map { index in
                (plan.articles[index].document.urlPath,
                 plan.related.suggestions[index].map { plan.articles[$0.article].document.urlPath + "\u{0}" + $0.reason })
            })
        }
        let (before, after) = (lists(old), lists(new))
        var changed: Set<String> = []
        for (path, list) in after where before[path] != list
            || list.contains(where: { edited.contains(String($0.prefix { $0 != "\u{0}" })) }) {
            changed.insert(path)
        }
        return changed
    }

    /// Templates whose pages can be redone on their own, and what they make.
    private enum TemplateUse { case articles, pages, lists, contributed, aliases }
    private static let templateUses: [String: TemplateUse] = [
        "article": .articles, "page": .pages, "home": .lists, "list": .lists, "segments": .lists, "tags": .lists,
        "archive": .lists, "404": .lists, "pagination": .lists, "alias": .aliases,
    ]

    private func rebuildTemplates(_ changed: [String], state: BuildState) throws -> (report: BuildReport, kind: Kind)? {
        let started = DispatchTime.now()
        let old = state.plan
        let folders = ["templates/", "themes/\(old.config.theme)/templates/"]
        var names: [String] = []
        for path in changed {
            guard path.hasSuffix(".mustache"), let folder = folders.first(where: { path.hasPrefix($0) }) else { return nil }
            names.append(String(path.dropFirst(folder.count).dropLast(".mustache".count)))
        }
        let contributorTemplates = old.contributors.templates
        let uses = names.compactMap { Self.templateUses[$0] ?? (contributorTemplates[$0] != nil ? .contributed : nil) }
        guard !names.isEmpty, uses.count == names.count else { return nil }
        let theme: Theme
        do {
            theme = try Theme.load(siteRoot: options.source, config: old.config, contributed: contributorTemplates)
        } catch {
            throw Diagnostics([error])
        }
        let plan = SitePlan(config: old.config, theme: theme, articles: old.articles, pages: old.pages,
                            contributors: old.contributors, reusing: old.summaries)
        var files: [SitePlan.OutputFile] = []
        var pages: [(path: String, text: String)] = []
        if uses.contains(.articles) {
            for (index, article) in plan.articles.enumerated() {
                pages.append((plan.paths.outputFile(for: article.document.urlPath), plan.renderArticlePage(at: index)))
            }
        }
        if uses.contains(.pages) {
            for page in plan.pages { pages.append((plan.paths.outputFile(for: page.document.urlPath), plan.renderStandalonePage(page))) }
        }
        if uses.contains(.lists) { files += plan.summaryFiles().files }
        if uses.contains(.contributed) { files += try plan.contributedFiles(threads: options.threads) }
        if uses.contains(.aliases) { files += try plan.aliasPages() }
        for page in pages { try save(page.text, page.path) }
        try plan.write(files, threads: options.threads, save: save)
        self.state = BuildState(content: state.content, renderer: state.renderer, plan: plan, pagefind: state.pagefind)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        return (BuildReport(articles: plan.articles.count, pages: plan.pages.count, files: pages.count + files.count,
                            seconds: seconds, output: options.output), .templates(names.sorted()))
    }

    /// Writes a file of the preview's output, in its folder.
    private var save: @Sendable (String, String) throws -> Void {
        { [output = options.output] text, path in try Self.save(text, path, in: output) }
    }

    private static func save(_ text: String, _ path: String, in output: URL) throws {
        let url = output.appendingPathComponent(path)
        try FileIO.makeDirectories(url.deletingLastPathComponent().path)
        try Self.replace(url, with: text)
    }

    /// Writes beside the file and renames over it: a request never reads half a page. Not
    /// synced: the preview's folder is temporary, and a crash loses nothing of the author's.
    private static func replace(_ url: URL, with text: String) throws {
        try DurableWrite.replace(url, with: text, permissions: 0o644, sync: false)
    }
}
