import Foundation
import Testing

/// `goodwill contacts add`, `edit`, `merge` and `rm` on a copy of the example site.
@Suite("Contacts you can fix")
struct ContactsEditingTests {
    static func run(_ site: URL, _ arguments: [String]) throws -> CLITests.Run {
        try CLITests.run(["contacts"] + [arguments[0], "--source", site.path] + arguments.dropFirst())
    }

    static func text(_ site: URL, _ file: String) throws -> String {
        try String(contentsOf: site.appendingPathComponent("network/\(file)"), encoding: .utf8)
    }

    @Test("add makes a manual contact with an id from the name; a bad field is refused with nothing written")
    func add() throws {
        let site = try LedgerCLITests.site()
        defer { try? FileManager.default.removeItem(at: site) }
        let before = try Self.text(site, "contacts.csv")
        let bad = try Self.run(site, ["add", "Ana Lima", "--segments", "founder", "--email", "ana"])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("--segments: error: \"founder\" is not declared in goodwill.yml — did you mean \"founders\"?"), "\(bad.stderr)")
        #expect(bad.stderr.contains("--email: error: \"ana\" is not an email address"))
        #expect(try Self.text(site, "contacts.csv") == before)
        let good = try Self.run(site, ["add", "Ana Lima", "--segments", "founders", "--email", "ana@example.org",
                                       "--url", "http://www.linkedin.com/in/ana-lima/?trk=x"])
        #expect(good.status == 0, "\(good.stderr)")
        #expect(good.stdout == "Added Ana Lima (ana-lima)\n")
        #expect(try Self.text(site, "contacts.csv").hasSuffix("ana-lima,Ana Lima,ana@example.org,,,founders,,https://linkedin.com/in/ana-lima,,manual,,,,,,,\n"))
        let twin = try Self.run(site, ["add", "Ana Lima", "--url", "https://linkedin.com/in/ana-lima"])
        #expect(twin.status == 1)
        #expect(twin.stderr.contains("Ana Lima (ana-lima) already has this profile URL"))
    }

    @Test("edit changes what it is told and marks it as set by hand, so an import keeps it")
    func edit() throws {
        let site = try LedgerCLITests.site()
        defer { try? FileManager.default.removeItem(at: site) }
        let run = try Self.run(site, ["edit", "tomas-reyes", "--position", "Head of Revenue", "--cadence-days", "14"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "Tomas Reyes (tomas-reyes): position \"VP Sales\" → \"Head of Revenue\"; cadence \"45\" → \"14\"\n")
        let export = site.appendingPathComponent("Connections.csv")
        try "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nTomas,Reyes,https://www.linkedin.com/in/tomas-reyes-example/,,Northwind Traders (fictional),VP Sales,18 Nov 2024\n"
            .write(to: export, atomically: true, encoding: .utf8)
        let imported = try Self.run(site, ["import", "linkedin", export.path])
        #expect(imported.stdout.hasSuffix(": 0 created, 0 updated, 1 unchanged, 0 skipped\n"), "\(imported.stdout)")
        #expect(try Self.text(site, "contacts.csv").contains(",Head of Revenue,"))
        #expect(try Self.text(site, "contacts.csv").contains(",position:manual,,,,\n"))
    }

    @Test("merge moves the duplicate's activity and introductions to the kept contact, in one rewrite that leaves other rows as written")
    func merge() throws {
        let site = try LedgerCLITests.site()
        defer { try? FileManager.default.removeItem(at: site) }
        #expect(try Self.run(site, ["add", "Lena Okafor", "--email", "lena@home.example", "--notes", "Second copy"]).stdout == "Added Lena Okafor (lena-okafor-2)\n")
        #expect(try CLITests.run(["log", "--source", site.path, "shared", "lena-okafor-2", "who-knows-you", "--date", "2026-06-01"]).status == 0)
        #expect(try CLITests.run(["log", "--source", site.path, "intro", "hana-sato", "lena-okafor-2", "--date", "2026-06-02"]).status == 0)
        let before = try Self.text(site, "activity.csv")
        let run = try Self.run(site, ["merge", "lena-okafor", "lena-okafor-2"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "Merged lena-okafor-2 into lena-okafor: 1 activity row moved; 1 introduction re-pointed; kept as other addresses and profiles: lena@home.example\n"
                + "Imports that still have lena-okafor-2 now update lena-okafor (network/removed.csv remembers the merge).\n")
        let after = try Self.text(site, "activity.csv")
        #expect(after == before.replacingOccurrences(of: "lena-okafor-2", with: "lena-okafor"))
        #expect(!(try Self.text(site, "contacts.csv")).contains("lena-okafor-2"))
        #expect(try CLITests.run(["check", "--source", site.path]).status == 0)
    }

    @Test("rm is refused while activity names the contact; --with-activity says how many rows go")
    func remove() throws {
        let site = try LedgerCLITests.site()
        defer { try? FileManager.default.removeItem(at: site) }
        let refused = try Self.run(site, ["rm", "hana-sato"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("activity rows name hana-sato — to keep the history, merge"), "\(refused.stderr)")
        let rows = try Self.text(site, "activity.csv").split(separator: "\n").filter { $0.contains(",hana-sato,") || $0.hasSuffix(",hana-sato") }.count
        let removed = try Self.run(site, ["rm", "hana-sato", "--with-activity"])
        #expect(removed.stdout.hasPrefix("Removed hana-sato and \(rows) activity rows\nImports will leave hana-sato out"), "\(removed.stdout)\(removed.stderr)")
        #expect(!(try Self.text(site, "activity.csv")).contains("hana-sato"))
        #expect(try CLITests.run(["check", "--source", site.path]).status == 0)
    }
}
