import ArgumentParser
import Foundation
import Share
import Site

/// A finished build's pages and plan, kept until the process exits: the exit returns that memory
/// at once, where freeing 10,000 pages' strings and dictionaries one by one took ~0.1 s.
nonisolated(unsafe) private var finishedBuild: BuildState?

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site from content/ into site/.",
        discussion: """
        The site is built into a temporary folder beside the output and swapped in only when every file was written, so a failed build leaves the previous site as it was. Errors are printed as file:line:column: message — what to do.
        """
    )

    @Option(name: .long, help: ArgumentHelp("The site folder, holding goodwill.yml and content/.", valueName: "dir"))
    var source: String = "."

    @Option(name: .long, help: ArgumentHelp("Where to write the site (default: <source>/site).", valueName: "dir"))
    var output: String?

    @Flag(name: .long, help: "Include articles marked draft: true.")
    var drafts = false

    @Flag(name: .long, help: "Include articles dated in the future.")
    var future = false

    @Flag(help: "Print how long each phase of the build took.")
    var timings = false

    @Option(name: .customLong("base-url"), help: ArgumentHelp("Use this address instead of base_url from goodwill.yml.", valueName: "url"))
    var baseURL: String?

    func run() throws {
        let sourceURL = URL(fileURLWithPath: source)
        var options = BuildOptions(source: sourceURL, output: output.map { URL(fileURLWithPath: $0) })
        options.includeDrafts = drafts
        options.includeFuture = future
        options.baseURL = baseURL
        do {
            let (report, state) = try SiteBuilder(options: options, contributors: [ShareKit()]).buildKeepingState()
            finishedBuild = state
            print(BuildSummary(report, relativeTo: FileManager.default.currentDirectoryPath).line)
            if timings {
                for phase in report.phases { print("  \(phase.name): \(String(format: "%.3f", phase.seconds)) s") }
            }
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode.failure
        }
    }
}
