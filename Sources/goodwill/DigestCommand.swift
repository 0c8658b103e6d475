import ArgumentParser
import Core
import Foundation
import Insight
import Workspace

struct DigestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "digest",
        abstract: "Write one personal email per contact of a segment, with only the articles they have not had yet.",
        discussion: """
        Recipients are the segment's contacts with an email address (or the --contact ones). Each gets the segment's articles published since --since (default: the segment's previous digest in the ledger, else 30 days before --as-of), minus every article already sent to them on any channel, newest first. Only contacts who opted in get one (goodwill contacts opt-in), or every member of a segment whose digest_consent is segment; an unsubscribe is final. Messages are standard .eml files (plain text and HTML, UTF-8) in a new folder per run, reports/digests/<segment>/<date>[-N]/, with a preview.html; network/digests.csv records each message's Message-ID. Nothing is sent unless --sendmail is given; when a send is refused, running the same command again sends exactly the messages not sent. --log records one shared row per contact and article, via digest.

        Examples:
          goodwill digest founders --dry-run
          goodwill digest founders --intro "Hi {{first_name}}, three notes from this month." --log
          goodwill digest founders --sendmail "msmtp -t" --log
        """
    )

    @OptionGroup var site: SiteLocation

    @Argument(help: ArgumentHelp("The segment's slug.", valueName: "segment"))
    var segment: String

    @Option(help: ArgumentHelp("Articles published on or after this day, YYYY-MM-DD.", valueName: "date"))
    var since: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The day that counts as today, YYYY-MM-DD (default: today).", valueName: "date"))
    var asOf: String?

    @Option(name: .customLong("contact"), help: ArgumentHelp("Only this contact (repeatable).", valueName: "id"))
    var contacts: [String] = []

    @Option(help: ArgumentHelp("At most this many articles per message.", valueName: "n"))
    var limit = 5

    @Option(help: ArgumentHelp("The opening line; {{first_name}} and {{segment}} are filled in.", valueName: "text"))
    var intro: String?

    @Option(name: .customLong("intro-file"), help: ArgumentHelp("Read the opening from a file.", valueName: "file"))
    var introFile: String?

    @Option(help: ArgumentHelp("Where the messages go (default: reports/digests/<segment>/<date>).", valueName: "dir"))
    var output: String?

    @Flag(help: "Record one shared row per contact and article, via digest, once the messages are written (or sent).")
    var log = false

    @Option(help: ArgumentHelp("Pipe each message to this sendmail-compatible command, such as \"sendmail -t\".", valueName: "command"))
    var sendmail: String?

    @Flag(name: .customLong("dry-run"), help: "Print who would get which articles, and who is skipped and why; write nothing.")
    var dryRun = false

    @Flag(name: .customLong("new-run"), help: "With --sendmail: plan a new digest even though the last run has messages not sent.")
    var newRun = false

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
        guard intro == nil || introFile == nil else { throw ValidationError("give --intro or --intro-file, not both") }
    }

    func run() throws {
        let workspace = try site.open(asOf: asOf)
        do {
            var request = DigestRequest(segment: segment)
            request.limit = limit
            request.since = try since.map { try AsOf.day($0, argument: "--since") }
            request.contacts = contacts
            request.output = output
            request.sendmail = sendmail
            request.log = log
            request.newRun = newRun
            if dryRun {
                print(DigestSummary.dryRun(try workspace.digestPlan(request)), terminator: "")
                return
            }
            request.intro = try introFile.map { path -> String in
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw Diagnostic(argument: "--intro-file", message: "cannot read \(path)")
                }
                return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            } ?? intro
            let run = try workspace.digest(request)
            if let plan = run.plan {
                let count = run.written
                print("Wrote \(count) message\(count == 1 ? "" : "s") to \(workspace.shown(run.folder))/ (open preview.html to see one)")
                if !plan.skipped.isEmpty { print(DigestSummary.skipped(plan.skipped)) }
            } else {
                print("Resuming the \(segment) digest run \(run.name) (\(workspace.shown(run.folder))/): \(run.sentBefore) sent before, \(run.toSend) to send")
            }
            if let sendmail { print("Sent \(run.delivered) of \(run.toSend) through \(sendmail)") }
            if run.logged > 0 { print("Logged \(run.logged) shares in network/activity.csv") }
            if let failure = run.failure { throw failure }
        } catch {
            throw CLIFailure.report(error, arguments: ["segment": "<segment>"])
        }
    }
}
