import ArgumentParser
import Foundation
import Preview
import Site
import Workspace

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site, serve it on this machine and rebuild and reload on every save.",
        discussion: """
        Watches content/, themes/, templates/, static/ and goodwill.yml. Open tabs reload after each rebuild; a build error is printed here and shown in the browser until the file is fixed. The reload script is added only to served pages, never to site/. Stop with Ctrl-C.
        """
    )

    @OptionGroup var site: SiteLocation

    @Option(help: ArgumentHelp("The port to listen on (0 picks a free one).", valueName: "port"))
    var port: UInt16 = 1313

    @Option(help: ArgumentHelp("The address to listen on.", valueName: "address"))
    var bind: String = "127.0.0.1"

    @Flag(help: "Include articles marked draft: true.")
    var drafts = false

    @Flag(help: "Include articles dated in the future.")
    var future = false

    /// Unbuffered, even into a pipe: whoever watches the log sees each rebuild as it happens.
    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    func run() async throws {
        let workspace = try site.open()
        if let problem = PortProbe.problem(address: bind, port: port) { throw CLIFailure.report(problem) }
        var settings = PreviewServer.Settings(siteRoot: workspace.root, bind: bind, port: port, includeDrafts: drafts, includeFuture: future)
        settings.configKeys = Workspace.configKeys
        settings.pagefind = .installed
        let server = try PreviewServer(settings: settings, contributors: Workspace.contributors) { result in
            switch result {
            case .success(let report):
                Self.say("Built \(report.articles) article\(report.articles == 1 ? "" : "s"), \(report.pages) page\(report.pages == 1 ? "" : "s")"
                         + (report.search.map { " and a search index of \($0.pages) page\($0.pages == 1 ? "" : "s")" } ?? "")
                         + " in \(String(format: "%.2f", report.seconds)) s")
            case .failure(let error):
                FileHandle.standardError.write(Data("\(error)\n".utf8))
            }
        }
        let task = Task { try await server.run() }
        // Ctrl-C, or a `kill` (SIGTERM), cancels the server, which removes its preview folder before exiting.
        var sources: [DispatchSourceSignal] = []
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .main)
            source.setEventHandler { task.cancel() }
            source.resume()
            sources.append(source)
        }
        defer { sources.forEach { $0.cancel() } }
        let listening = try await server.port()
        Self.say("Serving \(site.root.path) at http://\(bind):\(listening)/ (Ctrl-C to stop)")
        do {
            try await task.value
        } catch is CancellationError {
        } catch {
            if !task.isCancelled { throw CLIFailure.report(error) }
        }
        Self.say("Stopped.")
    }
}
