import Core
import Foundation

/// Builds a site: read → render → write, each phase finishing before the next starts,
/// so nothing is written unless every file of the content was valid.
public struct SiteBuilder {
    public let options: BuildOptions
    public let contributors: [BuildContributor]

    public init(options: BuildOptions, contributors: [BuildContributor] = []) {
        self.options = options
        self.contributors = contributors
    }

    @discardableResult
    public func build() throws -> BuildReport {
        try buildKeepingState().report
    }

    /// Builds, and returns what a preview keeps to rebuild only what changes next.
    public func buildKeepingState() throws -> (report: BuildReport, state: BuildState) {
        let started = DispatchTime.now()
        var clock = PhaseClock()
        var config = try loadConfig()
        let pagefind = try SearchIndexing.resolve(&config, lookup: options.pagefind)
        let configErrors = contributors.flatMap { $0.checkConfig(config) }
        guard configErrors.isEmpty else { throw Diagnostics(configErrors) }
        let theme = try wrap { () throws(Diagnostic) in
            try Theme.load(siteRoot: options.source, config: config, contributed: contributors.templates)
        }
        let (content, published, renderer, contentWarnings, codeColours) = try readAndRender(config: config, theme: theme, clock: &clock)
        clock.mark("markdown")

        try checkOutputIsSafe()
        let writer = try OutputWriter(output: options.output)
        let plan: SitePlan
        var search: Pagefind.Report?
        do {
            plan = SitePlan(config: config, theme: theme, articles: published.articles, pages: published.pages,
                            contributors: contributors, threads: options.threads)
            clock.mark("plan")
            try plan.write(to: writer, siteRoot: options.source, threads: options.threads, clock: &clock)
            // Indexed in the staging folder: the index and the pages it finds are swapped in together.
            search = try pagefind?.index(folder: writer.staging)
            if pagefind != nil { clock.mark("search") }
            try writer.commit()
            clock.mark("swap")
        } catch {
            writer.discard()
            throw error
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        var report = BuildReport(articles: published.articles.count, pages: published.pages.count, files: writer.filesWritten,
                                 seconds: seconds, output: options.output, phases: clock.phases)
        report.warnings = contentWarnings + SetupWarnings.check(config, siteRoot: options.source)
        report.codeColours = codeColours
        report.search = search
        return (report, BuildState(content: content, renderer: renderer, plan: plan, pagefind: pagefind))
    }

    /// Reads the content, checks it and renders its Markdown; aliases are checked against every
    /// path the build will write, and contributors check the result.
    private func readAndRender(config: SiteConfig, theme: Theme, clock: inout PhaseClock) throws -> (SiteContent, PublishedSite, DocumentRenderer, [Diagnostic], CodeColourCount) {
        let content = try ContentLoader(root: options.source, config: config, threads: options.threads).load()
        clock.mark("read")

        let rendering = ContentRendering(content, config: config, options: options)
        let published = PublishedSite(config: config, paths: URLPaths(config: config),
                                      articles: rendering.articles, pages: rendering.pages)
        var errors = rendering.errors + OutputPaths.aliases(site: published, theme: theme, contributors: contributors).errors
        if errors.isEmpty { errors = contributors.flatMap { $0.check(published.articles, in: published) } }
        guard errors.isEmpty else { throw Diagnostics(errors) }
        // What a preview's reload starts from, without the Markdown: the build's memory then holds
        // one copy of each page's text, as before the preview kept the content.
        let rendered = Dictionary((published.articles + published.pages).map { ($0.document.sourcePath, $0.document) },
                                  uniquingKeysWith: { first, _ in first })
        return (content.withoutBodies(reusing: rendered), published, rendering.renderer, content.warnings + rendering.warnings, rendering.codeColours)
    }

    private func loadConfig() throws -> SiteConfig {
        var config = try wrap { () throws(Diagnostic) in try ConfigLoader.load(siteRoot: options.source, otherKeys: options.configKeys(with: contributors)) }
        if let override = options.baseURL {
            guard override.hasPrefix("http://") || override.hasPrefix("https://") else {
                throw Diagnostics([Diagnostic(input: "baseURL", message: "\"\(override)\" is not an http(s) address",
                                              hint: "give a full address, e.g. https://preview.example.com/")])
            }
            config.baseURL = override.hasSuffix("/") ? override : override + "/"
        }
        return config
    }

    /// Refuses outputs whose replacement would destroy something that is not a built site.
    private func checkOutputIsSafe() throws {
        let output = options.output.path, source = options.source.path
        if output == source || (source + "/").hasPrefix(output + "/") {
            throw Diagnostics([Diagnostic(file: output, message: "the output folder contains the site's sources",
                                          hint: "pass an --output folder of its own, such as site/")])
        }
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: output)) ?? []
        if !existing.isEmpty, !existing.contains("index.html") {
            throw Diagnostics([Diagnostic(file: output, message: "the output folder exists and does not look like a built site (no index.html)",
                                          hint: "a build replaces the whole folder: pick an empty or new --output, or remove it first")])
        }
    }

    private func wrap<T>(_ body: () throws(Diagnostic) -> T) throws(Diagnostics) -> T {
        do { return try body() } catch { throw Diagnostics([error]) }
    }
}
