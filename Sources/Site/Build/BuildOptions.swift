import Core
import Foundation

/// What a build is asked to do.
public struct BuildOptions: Sendable {
    public var source: URL
    public var output: URL
    public var includeDrafts = false
    public var includeFuture = false
    /// Replaces the config's `base_url`, e.g. for a preview deploy.
    public var baseURL: String?
    /// Keys of goodwill.yml that other modules own (the application layer knows them all);
    /// contributors' sections are added to them.
    public var configKeys = ConfigKeys()
    /// The moment that counts as now, for future-dated articles.
    public var today: Today = .fromClock()
    public var threads: Int = ProcessInfo.processInfo.activeProcessorCount
    /// Where the search index comes from (`search:`): the Pagefind installed on this machine, a
    /// given one, or none (as on a machine without it). None unless asked: the application layer
    /// asks for the installed one, so a library build's output does not depend on the machine.
    public var pagefind: PagefindLookup = .none

    public init(source: URL, output: URL? = nil) {
        self.source = source.standardizedFileURL
        self.output = (output ?? source.appendingPathComponent("site")).standardizedFileURL
    }
}

extension BuildOptions {
    /// The config keys other modules own, with the sections `contributors` own.
    func configKeys(with contributors: [BuildContributor]) -> ConfigKeys {
        configKeys.adding(ConfigKeys(sections: contributors.flatMap(\.configSections)))
    }
}

/// Which Pagefind a build indexes the site with.
public enum PagefindLookup: Sendable {
    case installed
    case at(Pagefind)
    case none

    var found: Pagefind? {
        switch self {
        case .installed: return Pagefind.installed()
        case .at(let pagefind): return pagefind
        case .none: return nil
        }
    }
}

/// What a build did, for the one-line summary.
public struct BuildReport: Sendable {
    public var articles: Int
    public var pages: Int
    public var files: Int
    public var seconds: Double
    public var output: URL
    /// Seconds spent in each phase, in order: where a build's time goes.
    public var phases: [(name: String, seconds: Double)] = []
    /// Setup left undone (`SetupWarnings`): printed once, never stopping the build.
    public var warnings: [Diagnostic] = []
    /// Code blocks coloured in this build, and those whose colours came from the cache.
    public var codeColours = CodeColourCount()
    /// What Pagefind indexed, when the build made a search index.
    public var search: Pagefind.Report? = nil
}
