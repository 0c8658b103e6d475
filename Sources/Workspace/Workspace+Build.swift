import Core
import Foundation
import Site

/// What `goodwill build` is asked for.
public struct BuildRequest: Sendable {
    /// Where to write the site (default: `<site>/site`).
    public var output: URL?
    public var includeDrafts = false
    public var includeFuture = false
    /// Replaces `base_url`, e.g. for a preview deploy.
    public var baseURL: String?

    public init() {}
}

extension Workspace {
    /// The build options a request comes to, with this workspace's clock.
    public func buildOptions(_ request: BuildRequest) -> BuildOptions {
        var options = BuildOptions(source: root, output: request.output)
        options.includeDrafts = request.includeDrafts
        options.includeFuture = request.includeFuture
        options.baseURL = request.baseURL
        options.today = today
        options.configKeys = Self.configKeys
        options.pagefind = .installed
        return options
    }

    /// Builds the site; nothing is written unless every file of the content was valid.
    public func build(_ request: BuildRequest) throws -> BuildReport {
        let (report, state) = try SiteBuilder(options: buildOptions(request), contributors: Self.contributors()).buildKeepingState()
        // The finished build's pages and plan are left to the process's exit, which returns that
        // memory at once, rather than freeing every page's strings one by one before it.
        _ = Unmanaged.passRetained(FinishedBuild(state))
        return report
    }
}

/// Holds a finished build so that it is never freed (see `build`).
private final class FinishedBuild {
    let state: BuildState
    init(_ state: BuildState) { self.state = state }
}
