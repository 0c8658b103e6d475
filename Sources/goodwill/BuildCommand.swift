import ArgumentParser
import Core
import Foundation
import Share
import Site

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site from content/ into site/.",
        discussion: """
        The site is built into a temporary folder beside the output and swapped in only when every file was written, so a failed build leaves the previous site as it was. Errors are printed as file:line:column: message — what to do.
        """
    )

    @OptionGroup var site: SiteLocation

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
        var options = BuildOptions(source: site.root, output: output.map { URL(fileURLWithPath: $0) })
        options.includeDrafts = drafts
        options.includeFuture = future
        options.baseURL = baseURL
        do {
            let (report, state) = try SiteBuilder(options: options, contributors: [ShareKit()]).buildKeepingState()
            // The finished build's pages and plan are left to the process's exit, which returns
            // that memory at once: freeing 10,000 pages' strings one by one took ~0.1 s.
            _ = Unmanaged.passRetained(FinishedBuild(state))
            for warning in report.warnings { FileHandle.standardError.write(Data("\(warning)\n".utf8)) }
            print(BuildSummary(report, relativeTo: FileManager.default.currentDirectoryPath).line)
            if timings {
                for phase in report.phases { print("  \(phase.name): \(String(format: "%.3f", phase.seconds)) s") }
            }
        } catch let problems as Diagnostics {
            throw CLIFailure.report(BuildFailed(problems: problems, output: options.output))
        } catch {
            throw CLIFailure.report(error)
        }
    }
}

/// A build that stopped: its problems, and what became of the output.
struct BuildFailed: Error, CustomStringConvertible {
    let problems: Diagnostics
    let output: URL

    var description: String {
        let count = problems.errors.count
        let existing = FileManager.default.fileExists(atPath: output.path)
        let folder = output.lastPathComponent + "/"
        return problems.description + "\nbuild failed with \(count) error\(count == 1 ? "" : "s"); "
            + (existing ? "\(folder) was left as it was" : "nothing was written")
    }
}

/// Holds a finished build so that it is never freed (see `run`).
private final class FinishedBuild {
    let state: BuildState
    init(_ state: BuildState) { self.state = state }
}
