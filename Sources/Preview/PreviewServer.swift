import FlyingFox
import Foundation
import Site

/// `goodwill serve`: builds the site into a private folder, serves it on loopback, rebuilds when
/// a source changes and reloads open tabs. A build error is shown in the browser (and reported
/// to `onBuild`) while the server keeps running; fixing the file clears it.
public final class PreviewServer: Sendable {
    public struct Settings: Sendable {
        public var siteRoot: URL
        public var bind: String
        public var port: UInt16
        public var includeDrafts: Bool
        public var includeFuture: Bool
        /// Keys of goodwill.yml that modules other than Site own.
        public var configKeys = ConfigKeys()
        /// Which Pagefind keeps the search index current after each rebuild (`search:`).
        public var pagefind: PagefindLookup = .none

        public init(siteRoot: URL, bind: String = "127.0.0.1", port: UInt16 = 1313, includeDrafts: Bool = false, includeFuture: Bool = false) {
            self.siteRoot = siteRoot
            self.bind = bind
            self.port = port
            self.includeDrafts = includeDrafts
            self.includeFuture = includeFuture
        }
    }

    let settings: Settings
    let state: PreviewState
    private let makeContributors: @Sendable () -> [BuildContributor]
    private let onBuild: @Sendable (Result<BuildReport, Error>) -> Void
    private let server: HTTPServer

    public init(settings: Settings, contributors: @escaping @Sendable () -> [BuildContributor] = { [] },
                onBuild: @escaping @Sendable (Result<BuildReport, Error>) -> Void = { _ in }) throws {
        self.settings = settings
        self.makeContributors = contributors
        self.onBuild = onBuild
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("goodwill-serve-\(getpid())-\(UUID().uuidString.prefix(8))")
        self.state = PreviewState(output: folder.appendingPathComponent("site"))
        // FlyingFox's own log would interleave with build messages; the CLI says what matters.
        self.server = HTTPServer(address: try .inet(ip4: settings.bind, port: settings.port), timeout: 60, logger: .disabled)
    }

    /// The port the server listens on (useful with port 0, which picks a free one).
    public func port() async throws -> UInt16 {
        try await server.waitUntilListening()
        guard case .ip4(_, let port)? = await server.listeningAddress else { return settings.port }
        return port
    }

    /// Serves until the task is cancelled, then removes the preview folder.
    public func run() async throws {
        let state = self.state
        await server.appendRoute(HTTPRoute("GET \(LiveReload.waitPath)")) { request in
            try await Self.waitForChange(request, state: state)
        }
        await server.appendRoute("GET *") { request in
            await Self.serve(request, state: state)
        }
        defer { try? FileManager.default.removeItem(at: state.output.deletingLastPathComponent()) }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await self.server.run() }
            group.addTask { try await self.watch() }
            try await group.next()
            group.cancelAll()
        }
    }

    /// Builds now, then again whenever the sources change: only the edited articles when that
    /// is all that changed, everything otherwise.
    private func watch() async throws {
        let port = try await self.port()
        var options = BuildOptions(source: settings.siteRoot, output: state.output)
        options.includeDrafts = settings.includeDrafts
        options.includeFuture = settings.includeFuture
        options.configKeys = settings.configKeys
        options.pagefind = settings.pagefind
        options.baseURL = "http://\(settings.bind):\(port)/"
        let builder = IncrementalBuilder(options: options, contributors: makeContributors)
        // Watching starts before the first build, so an edit made during it is not missed.
        let changes = SourceEvents.stream(root: settings.siteRoot)
        await record(Result { try builder.rebuild(changed: nil).report })
        for await changed in changes {
            if Task.isCancelled { break }
            await record(Result { try builder.rebuild(changed: changed.isEmpty ? nil : changed).report })
        }
    }

    private func record(_ result: Result<BuildReport, Error>) async {
        await state.record(result)
        onBuild(result)
    }

    private static func serve(_ request: HTTPRequest, state: PreviewState) async -> HTTPResponse {
        let version = await state.version
        if let errors = await state.errors {
            return html(ErrorOverlay.page(errors: errors, version: version), status: .internalServerError, version: version)
        }
        guard let relative = RequestPath.file(for: request.path) else {
            return await notFound(state: state, version: version)
        }
        var path = state.output.appendingPathComponent(relative).path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            path += "/index.html"
        }
        guard let data = FileManager.default.contents(atPath: path) else { return await notFound(state: state, version: version) }
        let type = MIMEType.of(path)
        if type.hasPrefix("text/html") {
            return html(String(decoding: data, as: UTF8.self), status: .ok, version: version)
        }
        return HTTPResponse(statusCode: .ok, headers: [.contentType: type, .cacheControl: "no-store"], body: data)
    }

    private static func notFound(state: PreviewState, version: Int) async -> HTTPResponse {
        let page = FileManager.default.contents(atPath: state.output.appendingPathComponent("404.html").path)
            .map { String(decoding: $0, as: UTF8.self) } ?? "<!DOCTYPE html><title>Not found</title><p>Not found</p>"
        return html(page, status: .notFound, version: version)
    }

    private static func html(_ text: String, status: HTTPStatusCode, version: Int) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                     body: Data(LiveReload.inject(into: text, version: version).utf8))
    }

    /// Long poll: answers as soon as a rebuild ends with a version other than the caller's, or
    /// after 25 s. Woken by the rebuild itself, not a timer.
    private static func waitForChange(_ request: HTTPRequest, state: PreviewState) async throws -> HTTPResponse {
        let known = request.query.first { $0.name == "version" }.flatMap { Int($0.value) } ?? -1
        let version = await state.version(after: known, timeout: .seconds(25))
        return HTTPResponse(statusCode: .ok, headers: [.contentType: "application/json", .cacheControl: "no-store"],
                            body: Data("{\"version\":\(version)}".utf8))
    }
}
