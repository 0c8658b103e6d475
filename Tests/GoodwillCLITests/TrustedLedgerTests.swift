import Foundation
import Testing

/// What a user does by hand stays done, across monthly re-imports of the three export kinds
/// (LinkedIn, Google, an iPhone vCard), each written as its writer writes it.
@Suite("Edits, consent and identities that survive imports")
struct TrustedLedgerTests {
    static let linkedIn = """
        Notes:
        "When exporting your connection data, you may notice that some of the email addresses are missing."

        First Name,Last Name,URL,Email Address,Company,Position,Connected On
        Ava,Stone,https://www.linkedin.com/in/ava-stone-example,,Quarry Co,Founder,04 Mar 2025
        Ben,Hale,https://www.linkedin.com/in/ben-hale-example,,Hale Labs,CEO,12 Apr 2025
        Cy,Park,https://www.linkedin.com/in/cy-park-example,,Park & Co,Co-founder,20 May 2025

        """
    /// Google's CSV: BOM, CRLF, two addresses for Ava (one per column), Cy's in one cell with " ::: ".
    static let google = "\u{FEFF}First Name,Last Name,Organization Name,Organization Title,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Labels\r\n"
        + "Ava,Stone,Quarry Co,Founder,* Work,ava@quarry.example,Home,ava.stone@home.example,* myContacts\r\n"
        + "Ben,Hale,Hale Labs,CEO,* Work,ben@halelabs.example,,,* myContacts\r\n"
        + "Cy,Park,Park & Co,Co-founder,* Work ::: Home,cy@park.example ::: cy@home.example,,,* myContacts\r\n"
    /// An iPhone's vCard 3.0: Ava only by her home address and without a company.
    static let vCard = """
        BEGIN:VCARD\r
        VERSION:3.0\r
        N:Stone;Ava;;;\r
        FN:Ava Stone\r
        EMAIL;type=INTERNET;type=HOME;type=pref:ava.stone@home.example\r
        END:VCARD\r
        BEGIN:VCARD\r
        VERSION:3.0\r
        N:Hale;Ben;;;\r
        FN:Ben Hale\r
        ORG:Hale Labs;\r
        EMAIL;type=INTERNET;type=WORK:ben@halelabs.example\r
        END:VCARD\r
        BEGIN:VCARD\r
        VERSION:3.0\r
        FN:Cy Park\r
        ORG:Park & Co;\r
        EMAIL;type=INTERNET:cy@home.example\r
        END:VCARD\r

        """

    struct Exports {
        let site: URL
        func write() throws {
            try linkedIn.write(to: site.appendingPathComponent("Connections.csv"), atomically: true, encoding: .utf8)
            try google.write(to: site.appendingPathComponent("google.csv"), atomically: true, encoding: .utf8)
            try vCard.write(to: site.appendingPathComponent("iphone.vcf"), atomically: true, encoding: .utf8)
        }

        @discardableResult
        func importing(_ format: String) throws -> String {
            let file = ["linkedin": "Connections.csv", "google": "google.csv", "vcard": "iphone.vcf"][format]!
            let run = try CLITests.run(["contacts", "import", "--source", site.path, format, site.appendingPathComponent(file).path])
            #expect(run.status == 0, "\(format): \(run.stderr)")
            return run.stdout
        }

        func contact(_ id: String) throws -> [String: Any]? {
            let run = try CLITests.run(["contacts", "list", "--json", "--source", site.path])
            let all = try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
            return all.first { $0["id"] as? String == id }
        }

        func count() throws -> Int {
            let run = try CLITests.run(["contacts", "list", "--json", "--source", site.path])
            return try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]]).count
        }

        func run(_ arguments: [String]) throws -> CLITests.Run {
            let run = try CLITests.run(arguments + ["--source", site.path])
            #expect(run.status == 0, "\(arguments.joined(separator: " ")): \(run.stderr)")
            return run
        }
    }

    @Test("a two-email Google row and a vCard with the second email stay one contact, across merge and every re-import")
    func identities() throws {
        let site = try LedgerCLITests.site()
        defer { try? FileManager.default.removeItem(at: site) }
        let exports = Exports(site: site)
        try exports.write()
        let before = try exports.count()
        // LinkedIn first (no emails), then the vCard: Ava without a company, matched by nothing,
        // is a new contact and said to be a likely duplicate of no one yet (no company in common).
        #expect(try exports.importing("linkedin").contains(": 3 created, 0 updated"))
        let vcard = try exports.importing("vcard")
        #expect(vcard.contains(": 1 created, 2 updated"), "\(vcard)")  // Ben and Cy by name and company
        // Google has both of Ava's addresses: it finds ava-stone-2 by the home one and gives it the
        // company; now the two are the same name and company.
        let google = try exports.importing("google")
        #expect(google.contains(": 0 created, 2 updated, 1 unchanged"), "\(google)")  // Ben: the vCard gave the same address
        let duplicates = try exports.run(["contacts", "duplicates"]).stdout
        #expect(duplicates.contains("ava-stone-2 may be ava-stone: the same name and company (Ava Stone, Quarry Co) — goodwill contacts merge ava-stone ava-stone-2"), "\(duplicates)")
        let merged = try exports.run(["contacts", "merge", "ava-stone", "ava-stone-2"]).stdout
        // ava-stone had no address: it takes ava-stone-2's first (the vCard's), the other is kept beside it.
        #expect(merged.contains("filled email; kept as other addresses and profiles: ava@quarry.example"), "\(merged)")
        let ava = try #require(try exports.contact("ava-stone"))
        #expect(ava["email"] as? String == "ava.stone@home.example")
        #expect(ava["other_emails"] as? [String] == ["ava@quarry.example"])
        // Cy's vCard address came first; Google's cell of two adds the other.
        let cy = try #require(try exports.contact("cy-park"))
        #expect(cy["email"] as? String == "cy@home.example")
        #expect(cy["other_emails"] as? [String] == ["cy@park.example"], "\(cy)")
        // Two rounds of all three: nothing comes back, nothing changes.
        for _ in 0..<2 {
            for format in ["linkedin", "google", "vcard"] {
                #expect(try exports.importing(format).contains(": 0 created, 0 updated, 3 unchanged"), "\(format)")
            }
        }
        #expect(try exports.count() == before + 3)
        #expect(try exports.run(["contacts", "duplicates"]).stdout == "No likely duplicates\n")
    }

    @Test("unsubscribe, a cleared email, cleared segments and a removal survive a re-import of all three export kinds")
    func handEditsStick() throws {
        let site = try LedgerCLITests.site()
        defer { try? FileManager.default.removeItem(at: site) }
        let exports = Exports(site: site)
        try exports.write()
        for format in ["linkedin", "google", "vcard"] { try exports.importing(format) }
        #expect(try exports.contact("ben-hale")?["segments"] as? [String] == ["founders"])  // the match: rule, CEO

        _ = try exports.run(["contacts", "opt-in", "ava-stone", "ben-hale", "cy-park", "--as-of", "2026-11-01"])
        let unsubscribed = try exports.run(["contacts", "unsubscribe", "Ava Stone <AVA@quarry.example>", "--as-of", "2026-11-20"]).stdout
        #expect(unsubscribed == "Ava Stone (ava-stone): unsubscribed on 2026-11-20: never emailed a digest\n1 unsubscribed, 0 already were\n")
        _ = try exports.run(["contacts", "edit", "ben-hale", "--email", "", "--segments", ""])
        _ = try exports.run(["contacts", "rm", "cy-park"])

        for format in ["linkedin", "google", "vcard"] {
            let summary = try exports.importing(format)
            #expect(summary.contains(": 0 created, 0 updated, 2 unchanged, 0 skipped, 1 you removed left out"), "\(format): \(summary)")
            #expect(summary.contains("note: left out 1 contact you removed: cy-park — goodwill contacts restore ID"), "\(summary)")
        }
        let ava = try #require(try exports.contact("ava-stone"))
        #expect(ava["consent"] as? String == "unsubscribed")
        #expect(ava["consent_on"] as? String == "2026-11-20")
        let ben = try #require(try exports.contact("ben-hale"))
        #expect(ben["email"] as? String == "")
        #expect(ben["segments"] as? [String] == [])
        #expect(try exports.contact("cy-park") == nil)

        // No digest to Ava (unsubscribed) nor Ben (no address now), whatever the segment says.
        let config = site.appendingPathComponent("goodwill.yml")
        try (try String(contentsOf: config, encoding: .utf8)).replacingOccurrences(of: "    match: {position: [\"(?i)founder|ceo|co-founder\"]}",
                                                                                 with: "    match: {position: [\"(?i)founder|ceo|co-founder\"]}\n    digest_consent: segment")
            .write(to: config, atomically: true, encoding: .utf8)
        let plan = try exports.run(["digest", "founders", "--dry-run", "--as-of", "2026-12-01", "--since", "2025-01-01"]).stdout
        #expect(!plan.contains("Ava Stone <"), "\(plan)")
        #expect(plan.contains("an unsubscribe (ava-stone)"), "\(plan)")
        #expect(plan.contains("Lena Okafor <lena@brightloop.example>: "), "\(plan)")

        // Restored, Cy comes back with the next import.
        #expect(try exports.run(["contacts", "restore", "cy-park"]).stdout.contains("Restored cy-park"))
        #expect(try exports.importing("linkedin").contains(": 1 created"))
        // An import never records consent, even in Goodwill's own columns.
        try "id,name,consent,consent_on\nava-stone,Ava Stone,opted-in,2026-12-01\n".write(to: site.appendingPathComponent("mine.csv"), atomically: true, encoding: .utf8)
        let refused = try CLITests.run(["contacts", "import", "--source", site.path, "csv", site.appendingPathComponent("mine.csv").path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("an import never records consent"), "\(refused.stderr)")
    }
}
