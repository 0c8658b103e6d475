import Foundation
import Testing

/// `goodwill import mail` on a copy of the example site with its fictional Takeout mailbox
/// (network/exports/takeout-all-mail.mbox): eight messages, worked out by hand —
/// 1 Mara → Hana, a link to listening-to-critics: shared;
/// 2 Hana answers it (In-Reply-To), quoting the link: replied, listening-to-critics;
/// 3 Mara → Marcus and Oliver, the-decision-journey: two shares, a group mail to 2 people;
/// 4 Marcus's out-of-office (Auto-Submitted, threaded): nothing;
/// 5 Oliver answers (Exchange, only X-Auto-Response-Suppress): replied, the-decision-journey;
/// 6 Ines accepts a call on 2026-11-20 15:00 UTC: met;
/// 7 a newsletter with an article link (List-Id): nothing;
/// 8 Mara → Priya, who is not a contact, with a quoted-printable link: unmatched.
@Suite("goodwill import mail")
struct MailImportTests {
    static let mailbox = "network/exports/takeout-all-mail.mbox"

    static func exampleSite() throws -> URL {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("goodwill-mail-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        for item in ["goodwill.yml", "content", "themes", "network"] {
            try FileManager.default.copyItem(at: CLITests.repoRoot.appendingPathComponent(item), to: site.appendingPathComponent(item))
        }
        return site
    }

    @Test("imports 3 shares, 2 replies and a meeting; again adds nothing; the report's content figures change and say mail")
    func exampleMailbox() throws {
        let site = try Self.exampleSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let before = try CLITests.run(["report", "--as-of", "2026-12-01", "--format", "json", "--output", "before"], in: site)
        #expect(before.status == 0, "\(before.stderr)")

        let run = try CLITests.run(["import", "mail", Self.mailbox, "--as-of", "2026-12-01"], in: site, environment: ["TZ": "UTC"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Read 8 messages in 1 file, as mara@goodwill.example"))
        #expect(run.stdout.contains("Not conversations: 1 an auto-reply (Auto-Submitted: auto-replied), 1 list mail"))
        #expect(run.stdout.contains("Imported 6 rows into network/activity.csv (1 met, 2 replied, 3 shared)"))
        #expect(run.stdout.contains("Priya Nägele email:priya@adventure-works.example"))
        let activity = try String(contentsOf: site.appendingPathComponent("network/activity.csv"), encoding: .utf8)
        #expect(activity.contains("2026-11-04T08:40:00Z,replied,hana-sato,listening-to-critics,email,,mail:2026-11-04T08:40:00Z:"))
        #expect(activity.contains("2026-11-20T15:00:00Z,met,ines-duarte,,email,calendar invitation,mail:2026-11-20T15:00:00Z:"))
        #expect(!activity.contains("marcus-bell,,email"))  // no reply from the out-of-office

        let again = try CLITests.run(["import", "mail", Self.mailbox, "--as-of", "2026-12-01"], in: site, environment: ["TZ": "UTC"])
        #expect(again.stdout.contains("Imported 0 rows into network/activity.csv"))
        #expect(again.stdout.contains("Left out: 6 imported before, 1 about people who are not contacts"))
        #expect(try String(contentsOf: site.appendingPathComponent("network/activity.csv"), encoding: .utf8) == activity)

        let after = try CLITests.run(["report", "--as-of", "2026-12-01", "--format", "md", "--output", "after"], in: site)
        #expect(after.status == 0, "\(after.stderr)")
        let md = try String(contentsOf: site.appendingPathComponent("after/report-2026-12-01.md"), encoding: .utf8)
        // listening-to-critics was never shared; now 1 share (by mail) with 1 conversation.
        #expect(md.contains("| Listening to critics without losing your nerve | 1 (1 imported) | 1 | 1 | 100% |"))
        #expect(md.contains("found in imports (mail 6)"))
        #expect(md.contains("conversations followed a share: 2 found in mail, 4 typed."))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: site.appendingPathComponent("before/report-2026-12-01.json"))) as? [String: Any]
        let listening = (json?["articles"] as? [[String: Any]])?.first { $0["slug"] as? String == "listening-to-critics" }
        #expect(listening?["shares"] as? Int == 0)
    }

    @Test("a dry run writes nothing; a path that is not there is an error naming it; without an address of yours it says how to give one")
    func errors() throws {
        let site = try Self.exampleSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let activity = try String(contentsOf: site.appendingPathComponent("network/activity.csv"), encoding: .utf8)
        let dry = try CLITests.run(["import", "mail", Self.mailbox, "--as-of", "2026-12-01", "--dry-run"], in: site)
        #expect(dry.stdout.contains("Would import 6 rows"))
        #expect(dry.stdout.contains("Dry run: nothing was written."))
        #expect(try String(contentsOf: site.appendingPathComponent("network/activity.csv"), encoding: .utf8) == activity)
        let missing = try CLITests.run(["import", "mail", "nope.mbox"], in: site)
        #expect(missing.status == 1)
        #expect(missing.stderr.hasPrefix("nope.mbox: error: does not exist"))
        try "not a mailbox at all\n".write(to: site.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let notMail = try CLITests.run(["import", "mail", "notes.txt", "--as-of", "2026-12-01"], in: site)
        #expect(notMail.status == 0)
        #expect(notMail.stderr.contains("notes.txt at byte 0: warning: not a mailbox or a mail message: nothing read from it"))
    }
}
