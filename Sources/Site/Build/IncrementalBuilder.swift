import Foundation
import Markdown

/// What a finished build keeps in memory so the next one can redo only what changed.
public struct BuildState {
    let content: SiteContent
    let renderer: DocumentRenderer
    let plan: SitePlan
}

/// Rebuilds a site for the preview server. When the only change is the body of published
/// articles — same front matter, same summary, same reading time — only those articles'
/// pages (and feeds that carry full content) are rendered and written again. Anything else
/// (a new file, a front matter edit, a template, the config) rebuilds everything.
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
    public enum Kind: Sendable, Equatable { case full, articles([String]) }

    /// Rebuilds after `changed` (site-relative paths; nil when unknown). On an error the
    /// previous output stays in place and the next call starts from the last good state.
    public func rebuild(changed: [String]?) throws -> (report: BuildReport, kind: Kind) {
        let canBeIncremental = !lastFailed
        lastFailed = true
        if canBeIncremental, let state, let changed, let report = try rebuildArticles(changed, state: state) {
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

        var plan = state.plan
        var updated: [(index: Int, rendered: RenderedDocument)] = []
        let reader = DocumentReader(config: plan.config)
        for path in changed {
            let index = published[path]!
            let old = plan.articles[index]
            let bytes = try FileIO.read(options.source.appendingPathComponent(path).path)
            let source = DocumentReader.Source(kind: .article, sourcePath: path, contentPath: old.document.contentPath,
                                               fileSlug: old.document.slug, assets: old.document.assets)
            let document = try reader.read(bytes, from: source).get()
            guard document.hasSameFrontMatter(as: old.document) else { return nil }
            let rendered = try state.renderer.render(document).get()
            // Lists show the summary and the reading time: if either moved, every list must follow.
            guard rendered.summary == old.summary, rendered.readingTime == old.readingTime else { return nil }
            updated.append((index, rendered))
        }
        for (index, rendered) in updated { plan = plan.replacingArticle(at: index, with: rendered) }
        // Contributors check article by article: the edited ones are all that can have changed.
        let edited = PublishedSite(config: plan.config, paths: plan.paths, articles: updated.map(\.rendered), pages: [])
        let errors = plan.contributors.flatMap { $0.check(edited) }
        guard errors.isEmpty else { throw BuildFailure(errors) }

        var files = 0
        for (index, rendered) in updated {
            try Self.replace(options.output.appendingPathComponent(plan.paths.outputFile(for: rendered.document.urlPath)),
                             with: plan.renderArticlePage(at: index))
            files += 1
        }
        if plan.config.feed.fullContent {
            for feed in plan.feeds() {
                guard case .text(let text) = feed.content else { continue }
                try Self.replace(options.output.appendingPathComponent(feed.path), with: text)
                files += 1
            }
        }
        self.state = BuildState(content: state.content, renderer: state.renderer, plan: plan)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        return (BuildReport(articles: plan.articles.count, pages: plan.pages.count, files: files, seconds: seconds, output: options.output),
                .articles(updated.map { $0.rendered.document.slug }))
    }

    /// Writes beside the file and renames over it: a request never reads half a page.
    private static func replace(_ url: URL, with text: String) throws {
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp")
        try FileIO.write(text, to: temporary.path)
        guard rename(temporary.path, url.path) == 0 else {
            throw FileIO.Failure(path: url.path, operation: "replace", code: errno)
        }
    }
}

extension Document {
    /// Everything but the body is the same: a body-only edit.
    func hasSameFrontMatter(as other: Document) -> Bool {
        slug == other.slug && title == other.title && date == other.date && updated == other.updated
            && isDraft == other.isDraft && segments == other.segments && tags == other.tags && summary == other.summary
            && aliases == other.aliases && image == other.image && extra == other.extra && bodyLine == other.bodyLine
    }
}
