import ArgumentParser
import Core
import Foundation
import Site
import Workspace

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
        let workspace = try site.open()
        var request = BuildRequest()
        request.output = output.map { URL(fileURLWithPath: $0) }
        request.includeDrafts = drafts
        request.includeFuture = future
        request.baseURL = baseURL
        do {
            let report = try workspace.build(request)
            for warning in report.warnings { FileHandle.standardError.write(Data("\(warning)\n".utf8)) }
            print(BuildSummary(report, relativeTo: FileManager.default.currentDirectoryPath).line)
            if timings {
                for phase in report.phases { print("  \(phase.name): \(String(format: "%.3f", phase.seconds)) s") }
            }
        } catch let problems as Diagnostics {
            throw CLIFailure.report(BuildFailed(problems: problems, output: workspace.buildOptions(request).output))
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
