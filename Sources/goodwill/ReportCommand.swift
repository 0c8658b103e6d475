import ArgumentParser
import Core
import Foundation
import Insight
import Workspace

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the private report: which content created conversations, give-first, brokering, the network's shape.",
        discussion: """
        Reads the private ledger and the published articles (and, with --access-log, your server's logs) and writes reports/report-<date>.html: one self-contained page with inline charts, for you alone. The file is named by its period (report-2026-11-01--2026-11-30.html with --since), so a monthly report is kept. It is never written under the site's output, and goodwill build never copies reports/. The page ends with how each number is counted.

        Examples:
          goodwill report
          goodwill report --since 2026-10-01 --until 2026-10-31 --format md
          goodwill report --access-log /var/log/nginx/access.log --access-log /var/log/nginx/access.log.2.gz
        """
    )

    @OptionGroup var site: SiteLocation

    @Option(help: ArgumentHelp("The folder to write the report into (never under site/).", valueName: "dir"))
    var output = "reports"

    @Option(help: ArgumentHelp("html, md or json.", valueName: "format"))
    var format = "html"

    @Option(help: ArgumentHelp("First day of the period, YYYY-MM-DD (default: the ledger's first row).", valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp("Last day of the period, YYYY-MM-DD (default: the as-of day).", valueName: "date"))
    var until: String?

    @Option(help: ArgumentHelp("Days after a share in which a reply or a meeting counts as its conversation.", valueName: "days"))
    var window = 14

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The day that counts as today, YYYY-MM-DD (default: today).", valueName: "date"))
    var asOf: String?

    @Option(name: .customLong("access-log"), help: ArgumentHelp("A Combined Log Format access log, plain or .gz (repeatable).", valueName: "file"))
    var accessLogs: [String] = []

    func validate() throws {
        guard ReportFormat(rawValue: format) != nil else {
            throw ValidationError("unknown format \"\(format)\": use one of \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard window >= 0 else { throw ValidationError("--window must be 0 or more days") }
    }

    func run() throws {
        let workspace = try site.open(asOf: asOf)
        do {
            var request = ReportRequest()
            request.format = ReportFormat(rawValue: format)!
            request.folder = output
            request.windowDays = window
            request.since = try since.map { try AsOf.day($0, argument: "--since") }
            request.until = try until.map { try AsOf.day($0, argument: "--until") }
            request.accessLogs = accessLogs
            print("Wrote \(workspace.shown(try workspace.report(request)))")
        } catch {
            throw CLIFailure.report(error)
        }
    }
}
