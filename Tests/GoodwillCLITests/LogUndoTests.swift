import Foundation
import Testing

/// `goodwill log rm`, `goodwill log edit`, and the warnings `log` gives, on the example ledger
/// (lena-okafor got give-before-you-ask on 2026-01-14 via linkedin, line 2 of activity.csv).
@Suite("Taking back a row, and warnings")
struct LogUndoTests {
    static func run(_ site: URL, _ arguments: [String]) throws -> CLITests.Run {
        try CLITests.run(arguments + ["--source", site.path])
    }

    static func activity(_ site: URL) throws -> String {
        try String(contentsOf: site.appendingPathComponent("network/activity.csv"), encoding: .utf8)
    }

    @Test("a resend, a reply naming an article never sent, and a reply dated before the share are logged with a warning")
    func warnings() throws {
        let site = try LedgerCLITests.site()
        defer { try? FileManager.default.removeItem(at: site) }
        let resend = try Self.run(site, ["log", "shared", "lena-okafor", "give-before-you-ask", "--date", "2026-02-01", "--via", "email"])
        #expect(resend.status == 0)
        #expect(resend.stderr == "warning: Lena Okafor already has give-before-you-ask (shared on 2026-01-14 via linkedin): this is a resend\n")
        let never = try Self.run(site, ["log", "replied", "hana-sato", "who-knows-you", "--date", "2026-02-20"])
        #expect(never.status == 0)
        #expect(never.stderr.contains("warning: who-knows-you was never shared with Hana Sato"), "\(never.stderr)")
        let early = try Self.run(site, ["log", "replied", "tomas-reyes", "the-decision-journey", "--date", "2026-07-20"])
        #expect(early.status == 0)
        #expect(early.stderr == "warning: the reply is dated 2026-07-20, before the-decision-journey was shared with Tomas Reyes on 2026-07-22\n")
        let fine = try Self.run(site, ["log", "replied", "tomas-reyes", "the-decision-journey", "--date", "2026-07-23"])
        #expect(fine.status == 0 && fine.stderr.isEmpty, "\(fine.stderr)")
        // share --log says it too.
        let share = try Self.run(site, ["share", "trust-based-selling", "--contact", "marcus-bell", "--log"])
        #expect(share.stderr.contains("warning: Marcus Bell already has trust-based-selling (shared on 2026-03-12 via email): this is a resend"), "\(share.stderr)")
    }

    @Test("log rm --last and --line take a row back byte for byte and print the command that logs it again")
    func remove() throws {
        let site = try LedgerCLITests.site()
        defer { try? FileManager.default.removeItem(at: site) }
        let before = try Self.activity(site)
        #expect(try Self.run(site, ["log", "met", "hana-sato", "--date", "2026-08-01", "--via", "coffee", "--note", "it's about pricing"]).status == 0)
        let removed = try Self.run(site, ["log", "rm", "--last"])
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(removed.stdout == "Removed line 17: 2026-08-01  met via coffee — it's about pricing (hana-sato)\n"
                + "To log it again: goodwill log met hana-sato --via coffee --date 2026-08-01 --note 'it'\\''s about pricing'\n")
        #expect(try Self.activity(site) == before)

        // Line 6 is hana-sato's coffee; every other line stays as written.
        #expect(try Self.run(site, ["log", "rm", "--line", "6"]).status == 0)
        let lines = before.components(separatedBy: "\n")
        #expect(try Self.activity(site) == (lines[..<5] + lines[6...]).joined(separator: "\n"))
        let missing = try Self.run(site, ["log", "rm", "--line", "99"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no row of network/activity.csv starts on line 99 — rows start on lines 2–15"), "\(missing.stderr)")
        let neither = try Self.run(site, ["log", "rm"])
        #expect(neither.status != 0)
        #expect(neither.stderr.contains("give --line N or --last"))
    }

    @Test("log edit changes one row through the same checks as log; a refused edit changes nothing")
    func edit() throws {
        let site = try LedgerCLITests.site()
        defer { try? FileManager.default.removeItem(at: site) }
        let before = try Self.activity(site)
        let edited = try Self.run(site, ["log", "edit", "--line", "3", "--date", "2026-01-21", "--note", "replied by phone", "--via", "phone"])
        #expect(edited.status == 0, "\(edited.stderr)")
        #expect(edited.stdout.contains("now: 2026-01-21  replied  give-before-you-ask via phone — replied by phone (lena-okafor)"), "\(edited.stdout)")
        var lines = before.components(separatedBy: "\n")
        lines[2] = "2026-01-21,replied,lena-okafor,give-before-you-ask,phone,replied by phone"
        #expect(try Self.activity(site) == lines.joined(separator: "\n"))
        let after = try Self.activity(site)
        for refused in [["--date", "2030-01-01"], ["--contact", "nobody-here"], ["--ref", "no-such-article"], ["--kind", "helped"]] {
            let run = try Self.run(site, ["log", "edit", "--line", "3"] + refused)
            #expect(run.status == 1, "\(refused) was accepted")
            #expect(try Self.activity(site) == after, "\(refused) changed the file")
        }
        #expect(try CLITests.run(["check", "--source", site.path]).status == 0)
    }
}
