import Core
import Foundation
import Insight
import Ledger
import Share
import Site

/// One site folder, opened once: its config, its content and its ledger, each read at most
/// once, and every operation the commands offer as a typed call that returns values. The
/// application layer: a command maps its arguments to one call here and prints what comes
/// back; rules stay in the modules below, and orchestration (which module, in what order,
/// with which clock) lives here, once.
public final class Workspace {
    /// The site folder, holding goodwill.yml.
    public let root: URL
    public let config: SiteConfig
    /// The one moment every operation of this command counts as now.
    public let today: Today
    /// The private ledger, with the settings it reads from goodwill.yml.
    public let store: LedgerStore

    /// What the build adds beyond the site's own pages: wired here once, for `build`, `check`
    /// and `serve` alike.
    public static func contributors() -> [BuildContributor] { [ShareKit()] }

    /// Every key of goodwill.yml that a module other than Site owns, each module registering its own.
    public static var configKeys: ConfigKeys {
        ConfigKeys(sections: contributors().flatMap(\.configSections),
                   segmentSettings: LedgerSettings.segmentSettings + InsightSettings.segmentSettings)
    }

    /// Reads goodwill.yml and checks every key against the sections the modules own.
    public init(root: URL, today: Today) throws(Diagnostic) {
        self.root = root.standardizedFileURL
        self.today = today
        config = try ConfigLoader.load(siteRoot: self.root, otherKeys: Self.configKeys)
        store = LedgerStore(siteRoot: self.root, settings: try LedgerSettings.parse(config.document, file: ConfigLoader.fileName))
    }

    private var readContent: (content: SiteContent, problems: [Diagnostic])?

    /// Every document that could be read, and every problem found: read on first use, once.
    public func contentReportingAll() -> (content: SiteContent, problems: [Diagnostic]) {
        if let readContent { return readContent }
        let loaded = ContentLoader(root: root, config: config).loadReportingAll()
        readContent = loaded
        return loaded
    }

    /// The content, or every problem in it.
    public func content() throws(Diagnostics) -> SiteContent {
        let (content, problems) = contentReportingAll()
        guard problems.isEmpty else { throw Diagnostics(problems) }
        return content
    }

    /// The published slugs, why the others are not published, and the renames — of content
    /// that may have problems elsewhere: a typo in one article must not stop a share of another
    /// from being logged.
    public func articleSlugs() -> PublishedArticles.Slugs {
        PublishedArticles.slugsAndUnpublished(of: contentReportingAll().content, today: today)
    }

    /// A segment declared in goodwill.yml, or an error at `field` naming the declared ones.
    public func requireSegment(_ slug: String, field: String = "segment") throws(Diagnostic) -> Segment {
        guard let segment = config.segment(slug) else {
            let declared = config.segments.map(\.slug)
            throw Diagnostic(input: field, message: "no segment \"\(slug)\" is declared in \(ConfigLoader.fileName)",
                             hint: DidYouMean.hint(for: slug, in: declared) + "declared: \(declared.joined(separator: ", "))")
        }
        return segment
    }

    /// The key behind every contact's tracking token (network/.share-secret, made on first use).
    public func contactTokens() throws -> ContactToken {
        ContactToken(secret: try ContactToken.secret(inNetworkFolder: store.files.root))
    }

    /// The same, only once a tracked link has been made (the secret exists); nil before, and
    /// nothing is created: reading a token needs no new secret.
    public func existingContactTokens() throws -> ContactToken? {
        guard FileManager.default.fileExists(atPath: store.files.root.appendingPathComponent(".share-secret").path) else { return nil }
        return try contactTokens()
    }

    /// A path as the user sees it: relative to the site folder when inside it.
    public func shown(_ url: URL) -> String {
        url.path.hasPrefix(root.path + "/") ? String(url.path.dropFirst(root.path.count + 1)) : url.path
    }
}
