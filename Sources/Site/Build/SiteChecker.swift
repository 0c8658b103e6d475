import Core
import Foundation

/// `goodwill check`: everything a build would refuse, and what a careful editor would flag,
/// without writing anything: broken links and `#anchors`, images without alt text, what the
/// contributors check (share texts), and warnings for articles without a segment or a summary.
public struct SiteChecker {
    public let options: BuildOptions
    public let contributors: [BuildContributor]

    public init(options: BuildOptions, contributors: [BuildContributor] = []) {
        self.options = options
        self.contributors = contributors
    }

    public struct Report: Sendable {
        public var errors: [Diagnostic] = []
        public var warnings: [Diagnostic] = []
        public var articles = 0
        public var pages = 0
    }

    /// `team-photo.jpg` → `team photo`: an alt text example made from the image's own name.
    static func altExample(_ destination: String) -> String {
        let name = destination.split(separator: "/").last.map(String.init) ?? destination
        let stem = name.split(separator: ".").dropLast().joined(separator: ".")
        let words = (stem.isEmpty ? name : stem).replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        return words.isEmpty ? "what the image shows" : words
    }

    /// Reads the config and the content, then checks them.
    public func check() -> Report {
        let config: SiteConfig
        do {
            config = try ConfigLoader.load(siteRoot: options.source, otherKeys: options.configKeys(with: contributors))
        } catch {
            var report = Report()
            report.errors = [error]
            return report
        }
        // Every file as far as it can be read: a wrong date must not hide the file's broken links.
        let loaded = ContentLoader(root: options.source, config: config, threads: options.threads).loadReportingAll()
        return check(config: config, content: loaded.content, problems: loaded.problems)
    }

    /// Checks content already read (`ContentLoader.loadReportingAll`), with the problems its
    /// reading found, so a caller that needs the content for more (the ledger's article refs)
    /// reads it once.
    public func check(config: SiteConfig, content: SiteContent, problems: [Diagnostic]) -> Report {
        var report = Report()
        let theme: Theme
        do {
            let configErrors = contributors.flatMap { $0.checkConfig(config) }
            guard configErrors.isEmpty else { throw Diagnostics(configErrors) }
            theme = try Theme.load(siteRoot: options.source, config: config, contributed: contributors.templates)
            report.errors = problems
            report.warnings += content.warnings
        } catch let error as Diagnostic {
            report.errors = [error]
            return report
        } catch let failure as Diagnostics {
            report.errors = failure.errors
            return report
        } catch {
            report.errors = [Diagnostic(file: options.source.path, message: "\(error)")]
            return report
        }
        let rendering = ContentRendering(content, config: config, options: options, colourCode: false)
        report.articles = rendering.articles.count
        report.pages = rendering.pages.count
        report.errors += rendering.errors
        report.warnings += rendering.warnings
        let rendered = rendering.articles + rendering.pages
        let anchors = HeadingAnchors(rendered)
        for document in rendered {
            for checked in document.links {
                let link = checked.link
                if link.kind == .image, link.text.trimmingCharacters(in: .whitespaces).isEmpty {
                    report.errors.append(Diagnostic(file: document.document.sourcePath, line: link.line, column: link.column,
                                                   message: "image \(link.destination) has no alt text",
                                                   hint: "describe what it shows for readers who cannot see it: ![\(Self.altExample(link.destination))](\(link.destination))"))
                }
                if case .missing(let ids) = anchors.find(checked), let target = checked.target, let fragment = checked.fragment {
                    let closest = DidYouMean.closest(to: fragment, in: ids)
                    let listed = ids.prefix(12).map { "#" + $0 }.joined(separator: ", ") + (ids.count > 12 ? ", …" : "")
                    report.errors.append(Diagnostic(file: document.document.sourcePath, line: link.line, column: link.column,
                                                   message: "link to #\(fragment): content/\(target) has no heading with that id",
                                                   hint: (closest.isEmpty ? "" : "did you mean #\(closest[0])? ")
                                                       + (ids.isEmpty ? "that page has no headings" : "its anchors: \(listed)")))
                }
            }
            guard document.document.kind == .article else { continue }
            if document.document.segments.isEmpty {
                report.warnings.append(Diagnostic(file: document.document.sourcePath, line: 1, column: 1,
                                                 message: "article serves no segment", hint: "add segments: [...] so it appears in a hub and in suggestions",
                                                 severity: .warning))
            }
            if document.summary.isEmpty {
                report.warnings.append(Diagnostic(file: document.document.sourcePath, line: 1, column: 1,
                                                 message: "article has no summary", hint: "add summary: or a first paragraph; feeds, lists and shares use it",
                                                 severity: .warning))
            }
        }
        do {
            // Contributors see only what rendered; their checks do not depend on the links above.
            let published = PublishedSite(config: config, paths: URLPaths(config: config),
                                          articles: rendering.articles, pages: rendering.pages)
            report.errors += OutputPaths.aliases(site: published, theme: theme, contributors: contributors).errors
            report.errors += contributors.flatMap { $0.check(published.articles, in: published) }
        }
        report.warnings += SetupWarnings.check(config, siteRoot: options.source)
        report.errors = Diagnostics(report.errors).items
        report.warnings = Diagnostics(report.warnings).items
        return report
    }
}
