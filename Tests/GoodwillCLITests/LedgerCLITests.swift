import Foundation
import Testing

@Suite("goodwill contacts, log and check")
struct LedgerCLITests {
    static func site() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("goodwill-cli-ledger-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for item in ["goodwill.yml", "content", "network"] {
            try FileManager.default.copyItem(at: CLITests.repoRoot.appendingPathComponent(item), to: folder.appendingPathComponent(item))
        }
        return folder
    }

    @Test("twenty goodwill log processes at once all land, and the file stays valid")
    func concurrentLog() throws {
        let site = try Self.site()
        defer { try? FileManager.default.removeItem(at: site) }
        let activity = site.appendingPathComponent("network/activity.csv")
        let before = try String(contentsOf: activity, encoding: .utf8).split(separator: "\n").count
        let processes = try (0..<20).map { index -> Process in
            let process = Process()
            process.executableURL = CLITests.binary
            process.arguments = ["log", "--source", site.path, "helped", "hana-sato", "--date", "2026-02-01",
                                 "--note", "concurrent \(index), with a comma and \"quotes\""]
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            return process
        }
        for process in processes { process.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })
        let check = try CLITests.run(["check", "--source", site.path])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("\(before - 1 + 20) activity rows"))
        let text = try String(contentsOf: activity, encoding: .utf8)
        for index in 0..<20 { #expect(text.contains("concurrent \(index), with")) }
    }

    @Test("share --contact --log prints one message and records the shared row in the same step")
    func shareAndLog() throws {
        let site = try Self.site()
        defer { try? FileManager.default.removeItem(at: site) }
        let activity = site.appendingPathComponent("network/activity.csv")
        let before = try String(contentsOf: activity, encoding: .utf8)
        let run = try CLITests.run(["share", "--source", site.path, "who-knows-you", "--contact", "tomas-reyes", "--via", "linkedin",
                                    "--log", "--date", "2026-06-01"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("To: Tomas Reyes, by LinkedIn message ("), "\(run.stdout)")
        #expect(run.stdout.contains("Hi Tomas,\n"))
        #expect(run.stdout.contains("utm_source=linkedin&utm_medium=message&utm_campaign=who-knows-you&utm_content="))
        #expect(run.stderr.contains("Logged for Tomas Reyes: "), "\(run.stderr)")
        let after = try String(contentsOf: activity, encoding: .utf8)
        #expect(after == before + "2026-06-01,shared,tomas-reyes,who-knows-you,linkedin,\n")
    }

    @Test("share --log checks first: a misspelt contact or a channel without --contact writes nothing")
    func shareAndLogRefused() throws {
        let site = try Self.site()
        defer { try? FileManager.default.removeItem(at: site) }
        let activity = site.appendingPathComponent("network/activity.csv")
        let before = try Data(contentsOf: activity)
        let unknown = try CLITests.run(["share", "--source", site.path, "who-knows-you", "--contact", "tomas-reyez", "--log"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("tomas-reyes"), "\(unknown.stderr)")
        let noContact = try CLITests.run(["share", "--source", site.path, "who-knows-you", "--via", "email"])
        #expect(noContact.status != 0)
        #expect(noContact.stderr.contains("--via is for a personal message: add --contact <id>"), "\(noContact.stderr)")
        #expect(noContact.stderr.contains("Usage: goodwill share"))
        #expect(try Data(contentsOf: activity) == before)
    }

    @Test("a renamed article (old slug in its aliases) keeps its ledger rows: a note, counted for it, and --fix-renames rewrites them")
    func renamedArticle() throws {
        let site = try Self.site()
        defer { try? FileManager.default.removeItem(at: site) }
        let article = site.appendingPathComponent("content/articles/give-before-you-ask.md")
        let text = try String(contentsOf: article, encoding: .utf8)
        try text.replacingOccurrences(of: "aliases: [/2026/01/give-first/]", with: "slug: giving-first\naliases: [/2026/01/give-first/, /articles/give-before-you-ask/]")
            .write(to: article, atomically: true, encoding: .utf8)
        let check = try CLITests.run(["check", "--source", site.path])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("network/activity.csv:2: note: column ref: \"give-before-you-ask\" was renamed \"giving-first\""), "\(check.stdout)")
        // Lena got it under its old slug: it is never suggested to her again under the new one.
        let suggest = try CLITests.run(["suggest", "--source", site.path, "--as-of", "2026-11-27", "--format", "csv", "--limit", "100"])
        #expect(suggest.status == 0, "\(suggest.stderr)")
        #expect(!suggest.stdout.split(separator: "\n").contains { $0.contains("lena-okafor") && $0.contains("giving-first") })
        let activity = site.appendingPathComponent("network/activity.csv")
        let before = try String(contentsOf: activity, encoding: .utf8)
        let fix = try CLITests.run(["check", "--source", site.path, "--fix-renames"])
        #expect(fix.status == 0, "\(fix.stderr)")
        #expect(fix.stdout.hasPrefix("Fixed 2 ledger rows: give-before-you-ask → giving-first\n"))
        #expect(!fix.stdout.contains("note:"))
        #expect(try String(contentsOf: activity, encoding: .utf8) == before.replacingOccurrences(of: ",give-before-you-ask,", with: ",giving-first,"))
    }

    @Test("log refuses a bad entry with the closest ids and exits non-zero")
    func logError() throws {
        let site = try Self.site()
        defer { try? FileManager.default.removeItem(at: site) }
        let run = try CLITests.run(["log", "--source", site.path, "shared", "lena-okafr", "give-before-you-ask"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("no contact has the id \"lena-okafr\" — closest ids: lena-okafor"))
        let good = try CLITests.run(["log", "--source", site.path, "shared", "lena-okafor", "give-before-you-ask", "--via", "email"])
        #expect(good.status == 0, "\(good.stderr)")
        #expect(good.stdout.hasPrefix("Logged for Lena Okafor: "))
    }

    @Test("contacts import prints its counts; list filters by segment and prints JSON; show prints the timeline")
    func contactsCommands() throws {
        let site = try Self.site()
        defer { try? FileManager.default.removeItem(at: site) }
        let file = CLITests.repoRoot.appendingPathComponent("Tests/Fixtures/imports/linkedin-connections.csv").path
        let first = try CLITests.run(["contacts", "import", "--source", site.path, "linkedin", file])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasSuffix(": 2 created, 2 updated, 0 unchanged, 2 skipped\n"), "\(first.stdout)")
        let again = try CLITests.run(["contacts", "import", "--source", site.path, "linkedin", file])
        #expect(again.stdout.hasSuffix(": 0 created, 0 updated, 4 unchanged, 2 skipped\n"), "\(again.stdout)")

        let list = try CLITests.run(["contacts", "list", "--source", site.path, "--segment", "sales-leaders", "--json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(json.compactMap { $0["id"] as? String } == ["tomas-reyes", "marcus-bell", "jose-nunez"])

        let show = try CLITests.run(["contacts", "show", "--source", site.path, "hana-sato"])
        #expect(show.stdout.contains("2026-02-11  intro    introduced to oliver-grant via email"))
        let missing = try CLITests.run(["contacts", "show", "--source", site.path, "hana"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("closest ids: hana-sato"))
    }

    @Test("check reports a malformed ledger row with its line and exits non-zero")
    func checkLedger() throws {
        let site = try Self.site()
        defer { try? FileManager.default.removeItem(at: site) }
        let activity = site.appendingPathComponent("network/activity.csv")
        try (try String(contentsOf: activity, encoding: .utf8) + "2026-02-30,met,hana-sato,,,\n").write(to: activity, atomically: true, encoding: .utf8)
        let run = try CLITests.run(["check", "--source", site.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("network/activity.csv:17: error: column date: \"2026-02-30\" has no day 30"))
    }

    @Test("contacts list --segment names an undeclared segment with the same error as suggest and digest")
    func listUndeclaredSegment() throws {
        let site = try Self.site()
        defer { try? FileManager.default.removeItem(at: site) }
        let run = try CLITests.run(["contacts", "list", "--source", site.path, "--segment", "fonders"])
        #expect(run.status == 1)
        #expect(run.stderr == "--segment: error: no segment \"fonders\" is declared in goodwill.yml — did you mean \"founders\"? declared: founders, sales-leaders, consultants\n",
                "\(run.stderr)")
    }
}

