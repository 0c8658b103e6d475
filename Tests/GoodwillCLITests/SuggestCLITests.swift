import Foundation
import Testing

/// `goodwill suggest` on a real site folder: the fixture site's articles and a ledger written here.
@Suite("goodwill suggest")
struct SuggestCLITests {
    static let contacts = """
        id,name,email,company,position,segments,tags,url,connected_on,source,cadence_days,notes
        ana-lima,Ana Lima,ana@x.example,,,founders,saas,,,manual,,private note ana
        bo-chen,陳博,,,,sales-leaders,SaaS,,,manual,,
        "=cmd",=HYPERLINK(\"http://evil.example\"),,,,founders,,,,manual,,

        """
    static let activity = """
        date,kind,contact,ref,via,note
        2024-06-01,shared,ana-lima,bonding-ties,linkedin,
        2024-06-20,asked,ana-lima,,email,asked for an intro

        """

    static func site(ledger: Bool = true) throws -> URL {
        let site = try CLITests.temporarySite(copying: "yaml-site")
        if ledger {
            try FileManager.default.createDirectory(at: site.appendingPathComponent("network"), withIntermediateDirectories: true)
            try contacts.replacingOccurrences(of: "\"=cmd\"", with: "cmd-person")
                .write(to: site.appendingPathComponent("network/contacts.csv"), atomically: true, encoding: .utf8)
            try activity.write(to: site.appendingPathComponent("network/activity.csv"), atomically: true, encoding: .utf8)
        }
        return site
    }

    static func json(_ run: CLITests.Run) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    }

    @Test("JSON has the documented keys; never a resend, drafts or future articles; the asker comes first")
    func json() throws {
        let site = try Self.site()
        defer { try? FileManager.default.removeItem(at: site) }
        let run = try CLITests.run(["suggest", "--as-of", "2024-07-01", "--format", "json", "--per-contact", "5"], in: site)
        #expect(run.status == 0, "\(run.stderr)")
        let json = try Self.json(run)
        #expect(json["as_of"] as? String == "2024-07-01")
        let suggestions = try #require(json["suggestions"] as? [[String: Any]])
        for key in ["contact", "name", "article", "title", "score", "reasons", "message", "url", "log"] {
            #expect(suggestions.allSatisfy { $0[key] != nil }, "\(key)")
        }
        let pairs = suggestions.map { "\($0["contact"]!) \($0["article"]!)" }
        #expect(!pairs.contains("ana-lima bonding-ties"))            // shared already
        #expect(!pairs.contains { $0.hasSuffix("unfinished") || $0.hasSuffix("from-the-future") })
        #expect(suggestions.first?["contact"] as? String == "ana-lima")  // asked after the last give
        #expect(pairs.contains("ana-lima give-first"))
        let ana = try #require(suggestions.first)
        #expect((ana["url"] as? String)?.contains("utm_content=") == true)
        #expect((ana["message"] as? String)?.contains(ana["url"] as! String) == true)
        #expect(ana["log"] as? String == "goodwill log shared ana-lima give-first --via email")
        #expect((ana["reasons"] as? [String])?.contains("you asked on 2024-06-20 and have not given since") == true)
        // Two contacts in different segments who share a tag (saas, SaaS), never introduced.
        let introductions = try #require(json["introductions"] as? [[String: Any]])
        #expect(introductions.map { $0["contacts"] as? [String] ?? [] } == [["ana-lima", "bo-chen"]])
        #expect(introductions.first?["log"] as? String == "goodwill log intro ana-lima bo-chen")
    }

    @Test("the same input gives the same bytes, in every format")
    func deterministic() throws {
        let site = try Self.site()
        defer { try? FileManager.default.removeItem(at: site) }
        for format in ["table", "md", "csv", "json"] {
            let first = try CLITests.run(["suggest", "--as-of", "2024-07-01", "--format", format], in: site)
            let second = try CLITests.run(["suggest", "--as-of", "2024-07-01", "--format", format], in: site)
            #expect(first.status == 0 && first.stdout == second.stdout, "\(format)")
        }
    }

    @Test("CSV cells that a spreadsheet would run as formulas are neutralised")
    func csvInjection() throws {
        let site = try Self.site()
        defer { try? FileManager.default.removeItem(at: site) }
        let run = try CLITests.run(["suggest", "--as-of", "2024-07-01", "--format", "csv", "--limit", "20"], in: site)
        #expect(run.status == 0)
        #expect(run.stdout.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\")\","))
        #expect(!run.stdout.contains(",=HYPERLINK"))
        #expect(run.stdout.hasPrefix("kind,rank,contact,name,other_contact,other_name,article,title,score,reasons,via,url,message,log\n"))
    }

    @Test("the table keeps its columns straight with a CJK name")
    func tableAlignment() throws {
        let site = try Self.site()
        defer { try? FileManager.default.removeItem(at: site) }
        let run = try CLITests.run(["suggest", "--as-of", "2024-07-01", "--limit", "20"], in: site)
        let table = run.stdout.components(separatedBy: "\n\nOnce sent")[0]
        let rows = table.split(separator: "\n").filter { $0.hasPrefix("1  ") || $0.hasPrefix("2  ") || $0.hasPrefix("3  ") || $0.hasPrefix("#  ") }
        #expect(rows.count == 4, "\(run.stdout)")
        // The ARTICLE column starts at the same terminal column on every row (CJK characters are two wide).
        func articleColumn(_ row: Substring) -> Int? {
            guard let range = row.range(of: #"  [a-z-]+(-[a-z]+)*  0\.\d\d|  ARTICLE"#, options: .regularExpression) else { return nil }
            return row[..<range.lowerBound].reduce(0) { $0 + (($1.unicodeScalars.first!.value >= 0x1100) ? 2 : 1) }
        }
        let columns = Set(rows.compactMap(articleColumn))
        #expect(columns.count == 1, "\(rows)")
    }

    @Test("an unknown contact or segment names the closest ids; a bad --as-of names the argument")
    func unknownNames() throws {
        let site = try Self.site()
        defer { try? FileManager.default.removeItem(at: site) }
        let contact = try CLITests.run(["suggest", "--contact", "ana-lim"], in: site)
        #expect(contact.status == 1)
        #expect(contact.stderr.hasPrefix("--contact: error: no contact has the id \"ana-lim\" — closest ids: ana-lima"))
        let segment = try CLITests.run(["suggest", "--segment", "founder"], in: site)
        #expect(segment.status == 1)
        #expect(segment.stderr.hasPrefix("--segment: error: no segment \"founder\" is declared in goodwill.yml — did you mean \"founders\"?"))
        let date = try CLITests.run(["suggest", "--as-of", "2024-02-30"], in: site)
        #expect(date.status == 1)
        #expect(date.stderr.hasPrefix("--as-of: error: \"2024-02-30\" has no day 30"))
    }

    @Test("an empty ledger says why there is nothing to suggest, and exits 0")
    func emptyLedger() throws {
        let site = try Self.site(ledger: false)
        defer { try? FileManager.default.removeItem(at: site) }
        let run = try CLITests.run(["suggest", "--as-of", "2024-07-01"], in: site)
        #expect(run.status == 0)
        #expect(run.stdout == "Nothing to suggest yet, because the ledger has no contacts yet: import some with goodwill import linkedin-export Basic_LinkedInDataExport.zip.\n")
    }

    @Test("--output writes a private file, and is refused under site/")
    func output() throws {
        let site = try Self.site()
        defer { try? FileManager.default.removeItem(at: site) }
        let refused = try CLITests.run(["suggest", "--as-of", "2024-07-01", "--output", "site/suggestions.md"], in: site)
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix("--output: error: site/suggestions.md is inside site/, which is published"))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("site").path))
        let written = try CLITests.run(["suggest", "--as-of", "2024-07-01", "--format", "md", "--output", "reports/suggestions.md"], in: site)
        #expect(written.status == 0, "\(written.stderr)")
        let text = try String(contentsOf: site.appendingPathComponent("reports/suggestions.md"), encoding: .utf8)
        #expect(text.hasPrefix("# Suggestions as of 2024-07-01\n"))
        let mode = try FileManager.default.attributesOfItem(atPath: site.appendingPathComponent("reports/suggestions.md").path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test("the message names the audience the score used, and --format md drafts each introduction to both people")
    func messageSegmentAndIntroDraft() throws {
        let site = try Self.site()
        defer { try? FileManager.default.removeItem(at: site) }
        // Cy is in both segments; give-first is for [founders, sales-leaders]. Asked for sales leaders,
        // the suggestion fits through that segment, so the message must say "people who lead sales
        // teams", not the article's first segment's "early-stage founders".
        try """
            id,name,email,company,position,segments,tags,url,connected_on,source,cadence_days,notes
            cy-dove,Cy Dove,cy@x.example,,,sales-leaders;founders,,,,manual,,
            ana-lima,Ana Lima,ana@x.example,Northwind,Founder,founders,pricing,,,manual,,
            bo-chen,Bo Chen,,Acme,Head of Sales,sales-leaders,Pricing,,,manual,,

            """.write(to: site.appendingPathComponent("network/contacts.csv"), atomically: true, encoding: .utf8)
        try "date,kind,contact,ref,via,note\n".write(to: site.appendingPathComponent("network/activity.csv"), atomically: true, encoding: .utf8)
        let run = try CLITests.run(["suggest", "--as-of", "2024-07-01", "--contact", "cy-dove", "--segment", "sales-leaders", "--format", "json"], in: site)
        #expect(run.status == 0, "\(run.stderr)")
        let cy = try #require((try Self.json(run)["suggestions"] as? [[String: Any]])?.first)
        #expect(cy["segment"] as? String == "sales-leaders")
        #expect((cy["reasons"] as? [String])?.first?.hasPrefix("Sales leaders · ") == true)
        let message = try #require(cy["message"] as? String)
        #expect(message.contains("people who lead sales teams"))
        #expect(!message.contains("founders selling their first deals"))

        let md = try CLITests.run(["suggest", "--as-of", "2024-07-01", "--format", "md"], in: site)
        #expect(md.status == 0, "\(md.stderr)")
        #expect(md.stdout.contains("""
            > Hi Ana and Bo,
            >
            > I think you two should meet.
            >
            > Ana: Bo Chen, Head of Sales at Acme, one of the sales leaders I keep in touch with.
            > Bo: Ana Lima, Founder at Northwind, one of the founders I keep in touch with.
            >
            > You both work on pricing, from different sides, and I think each of you would get something from the other's view.
            """))
        #expect(md.stdout.contains("Once made: `goodwill log intro ana-lima bo-chen`"))
    }
}
