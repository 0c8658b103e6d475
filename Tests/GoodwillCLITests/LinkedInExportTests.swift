import Foundation
import Testing
import ZIPFoundation

/// `goodwill import linkedin-export`: a fixture export written as LinkedIn writes one, imported
/// as a user imports it, with every expected row worked out by hand below.
@Suite("LinkedIn data export: shares and replies found in messages")
struct LinkedInExportTests {
    typealias Person = LinkedInExportFixture.Person
    typealias Message = LinkedInExportFixture.Message

    // The people, each written in the URL forms the export uses for them.
    static let mara = Person(name: "Mara Quill", url: "https://www.linkedin.com/in/mara-quill-example")
    static let ava = Person(name: "Ava Stone", url: "https://www.linkedin.com/in/ava-stone-example")
    /// Ava on a country host with a language segment: the same profile.
    static let avaLocale = Person(name: "Ava Stone", url: "https://de.linkedin.com/in/ava-stone-example/en/")
    /// Ben by his opaque member id, which the ledger has among his other profiles.
    static let benOpaque = Person(name: "Ben Hale", url: "https://www.linkedin.com/in/ACoAABenHale123")
    static let benVanity = Person(name: "Ben Hale", url: "http://www.linkedin.com/in/ben-hale-example/?lipi=urn%3Ali%3Apage%3Ad_flagship3")
    static let benCapitals = Person(name: "Ben Hale", url: "HTTPS://WWW.LINKEDIN.COM/in/Ben-Hale-Example")
    static let cy = Person(name: "Cy Park", url: "https://www.linkedin.com/in/cy-park-example/")
    static let wang = Person(name: "王芳", url: "https://www.linkedin.com/in/wang-fang-example")
    /// Not a contact; in Connections.csv, so the import makes her one.
    static let farah = Person(name: "Farah Nasser", url: "https://www.linkedin.com/in/farah-nasser-example")
    /// Neither a contact nor a connection: the unmatched list.
    static let rafael = Person(name: "Rafael Mendes", url: "https://www.linkedin.com/in/rafael-mendes-5b2")
    static let linkedInMember = Person(name: "LinkedIn Member", url: "")

    static let site = "https://goodwill.example"

    /// Half a year of messages, June to October 2026 (UTC instants).
    static var messages: [Message] {
        [
            // Ava: a hello in May (no link) that she answers in June, hours *before* the share.
            Message(conversation: "2-YXZhMQ==", from: mara, to: [ava], date: "2026-05-02 09:00:00 UTC",
                    content: "Hi Ava, good to meet you at the meetup."),
            Message(conversation: "2-YXZhMQ==", from: ava, to: [mara], date: "2026-06-10 16:00:00 UTC",
                    content: "Thanks, likewise! 🙂"),
            Message(conversation: "2-YXZhMQ==", from: mara, to: [ava], date: "2026-06-10 20:00:00 UTC",
                    content: "This might help with your pipeline reviews: \(site)/articles/call-reviews/?utm_source=linkedin&utm_medium=social&utm_campaign=call-reviews"),
            Message(conversation: "2-YXZhMQ==", from: ava, to: [mara], date: "2026-06-12 08:00:00 UTC",
                    content: "Read it twice.\nWe'll try the \"two questions\" rule, thanks!"),
            Message(conversation: "2-YXZhMQ==", from: ava, to: [mara], date: "2026-06-12 08:05:00 UTC",
                    content: "And thanks again, really."),
            // Ben: shared to his opaque id; he answers in a new conversation (an InMail), by his vanity URL.
            Message(conversation: "2-YmVuQQ==", from: mara, to: [benOpaque], date: "2026-07-01 10:00:00 UTC",
                    content: "Ben, the pricing note: www.goodwill.example/articles/pricing-first-deal."),
            Message(conversation: "2-YmVuQg==", from: benVanity, to: [mara], date: "2026-07-03 09:30:00 UTC",
                    content: "Following up here — loved the pricing piece."),
            // A group message to three, through an old address (an alias); Cy answers in the group.
            Message(conversation: "2-Z3JvdXA=", from: mara, to: [avaLocale, benCapitals, cy], date: "2026-08-04 14:00:00 UTC",
                    content: "Sharing with the three of you: https://goodwill.example/articles/old-call-reviews/", title: "Call reviews"),
            Message(conversation: "2-Z3JvdXA=", from: cy, to: [mara, ava, benCapitals], date: "2026-08-04 15:00:00 UTC",
                    content: "Great read, Mara."),
            // LinkedIn's own rows and a draft with a link: left out.
            Message(conversation: "2-Z3JvdXA=", from: linkedInMember, to: [mara], date: "2026-08-05 10:00:00 UTC",
                    content: "A LinkedIn member left the conversation."),
            Message(conversation: "2-Y3kx", from: mara, to: [cy], date: "2026-08-20 10:00:00 UTC",
                    content: "Draft: \(site)/articles/pricing-first-deal/", draft: true),
            Message(conversation: "2-c3BhbQ==", from: Person(name: "Growth Hacker", url: "https://www.linkedin.com/in/growth-hacker-x"),
                    to: [mara], date: "2026-08-21 10:00:00 UTC", content: "10x your leads!", folder: "SPAM"),
            // Cy starts a thread (not a reply: nothing of Mara's awaits an answer); Mara's answer has
            // the link only in the part it quotes, so it is no share; Cy's answer is a reply to no article.
            Message(conversation: "2-Y3ky", from: cy, to: [mara], date: "2026-09-01 08:00:00 UTC",
                    content: "Quick question about forecasting — have you seen \(site)/articles/pricing-first-deal/ ?"),
            Message(conversation: "2-Y3ky", from: mara, to: [cy], date: "2026-09-02 10:00:00 UTC",
                    content: "Happy to talk on Thursday.\n\nOn Tue, Sep 1, 2026, Cy Park wrote:\n> Quick question about forecasting — have you seen \(site)/articles/pricing-first-deal/ ?"),
            Message(conversation: "2-Y3ky", from: cy, to: [mara], date: "2026-09-03 08:00:00 UTC",
                    content: "Thursday works."),
            // A draft article and another site: no share.
            Message(conversation: "2-Y3ky", from: mara, to: [cy], date: "2026-09-20 08:00:00 UTC",
                    content: "Early look: \(site)/articles/secret-draft/ and https://example.org/articles/call-reviews/"),
            // Rafael is nobody yet: he answered a message with an article link.
            Message(conversation: "2-cmFm", from: mara, to: [rafael], date: "2026-09-10 12:00:00 UTC",
                    content: "Rafael, this is the piece: \(site)/articles/call-reviews"),
            Message(conversation: "2-cmFm", from: rafael, to: [mara], date: "2026-09-11 12:00:00 UTC",
                    content: "Thanks Mara!"),
            Message(conversation: "2-cmFm", from: Person(name: "Rafael Mendes", url: ""), to: [mara], date: "2026-09-11 12:01:00 UTC",
                    content: "Message request accepted"),
            // Two at once (Farah is a new connection), recipients split by ";" in this export.
            Message(conversation: "2-dHdv", from: mara, to: [farah, wang], date: "2026-10-05 09:00:00 UTC",
                    content: "You both asked about pricing: https://goodwill.example/articles/pricing-first-deal/?utm_source=linkedin"),
            Message(conversation: "2-dHdv", from: wang, to: [mara, farah], date: "2026-10-06 01:00:00 UTC",
                    content: "谢谢！很有用"),
        ]
    }

    /// The month after: one more share to Ava and her answer.
    static var november: [Message] {
        [
            Message(conversation: "2-YXZhMQ==", from: mara, to: [ava], date: "2026-11-05 09:00:00 UTC",
                    content: "One more for your team: \(site)/articles/pricing-first-deal/"),
            Message(conversation: "2-YXZhMQ==", from: ava, to: [mara], date: "2026-11-06 09:00:00 UTC",
                    content: "Perfect timing."),
        ]
    }

    static func export(including extra: [Message] = []) -> LinkedInExportFixture {
        var export = LinkedInExportFixture()
        export.messages = messages + extra
        export.recipientSeparator = ";"
        export.connections = [
            ["Ava", "Stone", "https://www.linkedin.com/in/ava-stone-example", "", "Quarry Co", "Founder", "04 Mar 2025"],
            ["Farah", "Nasser", "https://www.linkedin.com/in/farah-nasser-example", "", "Nasser Partners", "Independent consultant", "01 Oct 2026"],
        ]
        export.invitations = [["Mara Quill", "Farah Nasser", "9/28/26, 1:12 AM", "", "OUTGOING", mara.url, farah.url]]
        export.shares = [
            ["2026-08-10 07:00:00", "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7100000000000000001",
             "Why call reviews beat pipeline reviews, with a template:\nhttps://goodwill.example/articles/call-reviews/", "", "", "MEMBER_NETWORK"],
            ["2026-08-12 07:00:00", "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7100000000000000002",
             "Happy Friday, everyone", "", "", "PUBLIC"],
        ]
        export.extraFiles["guide_messages.csv"] = "No conversations found\n"
        return export
    }

    /// A site with three articles (one a draft), five contacts and one row typed by hand.
    static func makeSite() throws -> URL {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("goodwill-linkedin-\(UUID().uuidString)")
        func write(_ text: String, _ path: String) throws {
            let url = site.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        try write("""
            title: "Mara Quill"
            base_url: "https://www.goodwill.example/"
            segments:
              founders: {title: Founders, match: {position: ["(?i)founder|ceo"]}}
              consultants: {title: Consultants, match: {position: ["(?i)consultant"]}}

            """, "goodwill.yml")
        try write("---\ntitle: Call reviews\ndate: 2026-03-01\nsegments: [founders]\naliases: [/articles/old-call-reviews/]\n---\nReview calls, not pipelines.\n",
                  "content/articles/call-reviews.md")
        try write("---\ntitle: Pricing your first deal\ndate: 2026-04-01\nsegments: [founders]\n---\nPrice the outcome.\n",
                  "content/articles/pricing-first-deal.md")
        try write("---\ntitle: Secret draft\ndate: 2026-05-01\ndraft: true\nsegments: [founders]\n---\nNot yet.\n",
                  "content/articles/secret-draft.md")
        try write("""
            id,name,company,position,segments,url,other_urls
            ava-stone,Ava Stone,Quarry Co,Founder,founders,https://www.linkedin.com/in/ava-stone-example/,
            ben-hale,Ben Hale,Hale Labs,CEO,founders,https://linkedin.com/in/ben-hale-example,https://www.linkedin.com/in/ACoAABenHale123
            cy-park,Cy Park,Park & Co,Co-founder,founders,https://www.linkedin.com/in/cy-park-example,
            wang-fang,王芳,Fang Consulting,Consultant,consultants,https://www.linkedin.com/in/wang-fang-example/,
            rafael-mendes-namesake,Rafael Mendes,Other Co,CEO,founders,https://www.linkedin.com/in/rafael-mendes-other,

            """, "network/contacts.csv")
        // Typed the day before the share that the export shows at 2026-07-01T19:00+09:00: one row.
        try write("date,kind,contact,ref,via,note\n2026-06-30,shared,ben-hale,pricing-first-deal,linkedin,typed by hand\n",
                  "network/activity.csv")
        return site
    }

    static let tokyo = ["TZ": "Asia/Tokyo"]

    static func goodwill(_ arguments: [String], site: URL, environment: [String: String] = tokyo) throws -> CLITests.Run {
        try CLITests.run(arguments + ["--source", site.path], environment: environment)
    }

    static func activity(_ site: URL) throws -> [String] {
        try String(contentsOf: site.appendingPathComponent("network/activity.csv"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
    }

    /// A row without its source key (checked apart): `date,kind,contact,ref,via,note`.
    static func withoutSource(_ line: String) -> String {
        String(line[..<line.lastIndex(of: ",")!])
    }

    /// Every row the June–October export gives, in Tokyo's time (UTC+9), worked out by hand from
    /// `messages` above:
    static let expected = [
        // Ava's thanks at 16:00Z answers the May hello (no article): the share came four hours later.
        "2026-06-11T01:00:00+09:00,replied,ava-stone,,linkedin,",
        "2026-06-11T05:00:00+09:00,shared,ava-stone,call-reviews,linkedin,",
        // Her answer two days later names the article; the second message after it is no new reply.
        "2026-06-12T17:00:00+09:00,replied,ava-stone,call-reviews,linkedin,",
        // (Ben's share on 2026-07-01T19:00+09:00 is the row typed 2026-06-30: not doubled.)
        // Ben answers in another conversation, by another URL: still the pricing share's reply.
        "2026-07-03T18:30:00+09:00,replied,ben-hale,pricing-first-deal,linkedin,",
        // The group message through the alias: one share each, Ava by her /en/ URL, Ben in capitals.
        "2026-08-04T23:00:00+09:00,shared,ava-stone,call-reviews,linkedin,group message to 3 people",
        "2026-08-04T23:00:00+09:00,shared,ben-hale,call-reviews,linkedin,group message to 3 people",
        "2026-08-04T23:00:00+09:00,shared,cy-park,call-reviews,linkedin,group message to 3 people",
        // Cy's answer an hour later is past midnight in Tokyo.
        "2026-08-05T00:00:00+09:00,replied,cy-park,call-reviews,linkedin,",
        // Cy's 09-01 question answers nothing of Mara's; her reply only quotes a link; his answer names no article.
        "2026-09-03T17:00:00+09:00,replied,cy-park,,linkedin,",
        // Rafael's two rows wait in the unmatched list. Farah came with Connections.csv.
        "2026-10-05T18:00:00+09:00,shared,farah-nasser,pricing-first-deal,linkedin,group message to 2 people",
        "2026-10-05T18:00:00+09:00,shared,wang-fang,pricing-first-deal,linkedin,group message to 2 people",
        "2026-10-06T10:00:00+09:00,replied,wang-fang,pricing-first-deal,linkedin,",
    ]

    @Test("the zip as LinkedIn sends it gives exactly the rows worked out by hand, and says who you are")
    func importsTheExport() throws {
        let site = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let zip = site.appendingPathComponent("Basic_LinkedInDataExport_10-31-2026.zip")
        try Self.export().writeZip(at: zip)
        let run = try Self.goodwill(["import", "linkedin-export", zip.path, "--as-of", "2026-11-01"], site: site)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("You are Mara Quill (https://linkedin.com/in/mara-quill-example), from an invitation in Invitations.csv"), "\(run.stdout)")
        // 21 rows: the LinkedIn member, the request accepted, the draft and the spam are left out.
        #expect(run.stdout.contains("17 messages; left out 2 LinkedIn's own messages, 1 drafts, 1 spam"), "\(run.stdout)")
        // Farah is new; Ava's row gives her empty connected_on.
        #expect(run.stdout.contains("Contacts: 1 created, 1 updated, 0 unchanged"), "\(run.stdout)")
        #expect(run.stdout.contains("Imported 12 rows into network/activity.csv (6 replied, 6 shared)"), "\(run.stdout)")
        #expect(run.stdout.contains("Left out: 1 you had typed, 2 about people who are not contacts"), "\(run.stdout)")
        #expect(run.stdout.contains("Imported 1 public post linking an article into network/posts.csv"), "\(run.stdout)")
        let rows = try Self.activity(site)
        #expect(rows[0] == "date,kind,contact,ref,via,note,source")
        #expect(rows[1] == "2026-06-30,shared,ben-hale,pricing-first-deal,linkedin,typed by hand,")
        #expect(rows.dropFirst(2).map(Self.withoutSource) == Self.expected)
        #expect(rows.dropFirst(2).allSatisfy { $0.split(separator: ",").last!.hasPrefix("linkedin:2026-") })
        // The source key holds the instant in UTC: 2026-06-11T01:00+09:00 is 2026-06-10T16:00Z.
        #expect(rows[2].hasSuffix(",linkedin:2026-06-10T16:00:00Z:" + rows[2].suffix(16)))

        let unmatched = try String(contentsOf: site.appendingPathComponent("network/unmatched.csv"), encoding: .utf8)
        #expect(unmatched.hasPrefix("identity,name,first_seen,last_seen,messages,article_link,export\n"))
        // Rafael: the share and his thanks (the "request accepted" is LinkedIn's); not his namesake contact.
        #expect(unmatched.contains("https://linkedin.com/in/rafael-mendes-5b2,Rafael Mendes,2026-09-10,2026-09-11,2,yes,\(zip.path)\n"), "\(unmatched)")
        let posts = try String(contentsOf: site.appendingPathComponent("network/posts.csv"), encoding: .utf8)
        #expect(posts.contains("2026-08-10T16:00:00+09:00,linkedin,call-reviews,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7100000000000000001,MEMBER_NETWORK,linkedin:post:"), "\(posts)")
        for file in ["activity.csv", "contacts.csv", "imported.csv", "unmatched.csv", "posts.csv"] {
            let mode = try FileManager.default.attributesOfItem(atPath: site.appendingPathComponent("network/\(file)").path)[.posixPermissions] as? Int
            #expect(mode == 0o600, "\(file)")
        }
        // The ledger with its new column still checks clean, and the timeline says where rows came from.
        let check = try Self.goodwill(["check"], site: site)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        let show = try Self.goodwill(["contacts", "show", "ben-hale"], site: site)
        #expect(show.stdout.contains("2026-06-30                 shared   pricing-first-deal via linkedin — typed by hand  [typed]"), "\(show.stdout)")
        #expect(show.stdout.contains("2026-07-03T18:30:00+09:00  replied  pricing-first-deal via linkedin  [linkedin export]"), "\(show.stdout)")
    }

    @Test("the same zip again adds nothing; a removed row stays removed; a newer export adds exactly its new month")
    func idempotent() throws {
        let site = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let zip = site.appendingPathComponent("Basic_LinkedInDataExport_10-31-2026.zip")
        try Self.export().writeZip(at: zip)
        #expect(try Self.goodwill(["import", "linkedin-export", zip.path, "--as-of", "2026-11-01"], site: site).status == 0)
        let first = try Self.activity(site)
        let again = try Self.goodwill(["import", "linkedin-export", zip.path, "--as-of", "2026-11-01"], site: site)
        #expect(again.stdout.contains("Imported 0 rows into network/activity.csv"), "\(again.stdout)")
        #expect(again.stdout.contains("Left out: 12 imported before, 1 you had typed, 2 about people who are not contacts"), "\(again.stdout)")
        #expect(again.stdout.contains("Contacts: 0 created, 0 updated, 2 unchanged"), "\(again.stdout)")
        #expect(try Self.activity(site) == first)

        // The user removes Cy's reply that named no article (the last of his rows).
        let cyLine = try #require(first.firstIndex { $0.hasPrefix("2026-09-03T17:00:00+09:00,replied,cy-park,") })
        let removed = try Self.goodwill(["log", "rm", "--line", String(cyLine + 1)], site: site)
        #expect(removed.status == 0, "\(removed.stderr)")

        // November's export holds everything before too, as each export does, unpacked this time.
        let folder = site.appendingPathComponent("Basic_LinkedInDataExport_11-30-2026")
        try Self.export(including: Self.november).writeFolder(at: folder)
        let newer = try Self.goodwill(["import", "linkedin-export", folder.path, "--as-of", "2026-12-01"], site: site)
        #expect(newer.status == 0, "\(newer.stderr)")
        #expect(newer.stdout.contains("Imported 2 rows into network/activity.csv (1 replied, 1 shared)"), "\(newer.stdout)")
        #expect(newer.stdout.contains("Left out: 11 imported before, 1 you had typed, 1 you removed, 2 about people who are not contacts"), "\(newer.stdout)")
        let rows = try Self.activity(site)
        #expect(rows.count == first.count - 1 + 2)
        #expect(rows.suffix(2).map(Self.withoutSource) == [
            "2026-11-05T18:00:00+09:00,shared,ava-stone,pricing-first-deal,linkedin,",
            "2026-11-06T18:00:00+09:00,replied,ava-stone,pricing-first-deal,linkedin,",
        ])
        #expect(!rows.contains { $0.hasPrefix("2026-09-03T17:00:00+09:00,replied,cy-park,") })
    }

    @Test("adopting someone of the unmatched list makes them a contact and brings in their rows")
    func adopt() throws {
        let site = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let zip = site.appendingPathComponent("Complete_LinkedInDataExport_10-31-2026.zip")
        try Self.export().writeZip(at: zip)
        #expect(try Self.goodwill(["import", "linkedin-export", zip.path, "--as-of", "2026-11-01"], site: site).status == 0)
        let listed = try Self.goodwill(["contacts", "unmatched"], site: site)
        #expect(listed.stdout.contains("https://linkedin.com/in/rafael-mendes-5b2  Rafael Mendes — 2 messages, 2026-09-10 to 2026-09-11, article link"), "\(listed.stdout)")
        // Typed as people copy it from a browser.
        let adopted = try Self.goodwill(["contacts", "adopt", "https://www.linkedin.com/in/rafael-mendes-5b2/?trk=x"], site: site)
        #expect(adopted.status == 0, "\(adopted.stderr)")
        // His namesake (another profile) stays another contact.
        #expect(adopted.stdout.contains("Added Rafael Mendes (rafael-mendes)"), "\(adopted.stdout)")
        #expect(adopted.stdout.contains("Imported 2 rows into network/activity.csv (1 replied, 1 shared)"), "\(adopted.stdout)")
        let rows = try Self.activity(site).map(Self.withoutSource)
        #expect(rows.contains("2026-09-10T21:00:00+09:00,shared,rafael-mendes,call-reviews,linkedin,"))
        #expect(rows.contains("2026-09-11T21:00:00+09:00,replied,rafael-mendes,call-reviews,linkedin,"))
        #expect(!rows.contains { $0.contains("rafael-mendes-namesake") })
        let unmatched = try String(contentsOf: site.appendingPathComponent("network/unmatched.csv"), encoding: .utf8)
        #expect(!unmatched.contains("rafael"), "\(unmatched)")
        // Someone not on the list is an error that names the file.
        let unknown = try Self.goodwill(["contacts", "adopt", "https://linkedin.com/in/nobody"], site: site)
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("is not in network/unmatched.csv"), "\(unknown.stderr)")
    }

    @Test("west of UTC the same instants land on the days a user in Los Angeles saw them")
    func westOfUTC() throws {
        let site = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let zip = site.appendingPathComponent("Basic_LinkedInDataExport_10-31-2026.zip")
        try Self.export().writeZip(at: zip)
        let run = try Self.goodwill(["import", "linkedin-export", zip.path, "--as-of", "2026-11-01"], site: site,
                                    environment: ["TZ": "America/Los_Angeles"])
        #expect(run.status == 0, "\(run.stderr)")
        let rows = try Self.activity(site).map(Self.withoutSource)
        // 2026-06-10 16:00Z and 20:00Z are 09:00 and 13:00 on the 10th in PDT (UTC−7); Wang's
        // 2026-10-06 01:00Z is still the 5th.
        #expect(rows.contains("2026-06-10T09:00:00-07:00,replied,ava-stone,,linkedin,"))
        #expect(rows.contains("2026-06-10T13:00:00-07:00,shared,ava-stone,call-reviews,linkedin,"))
        #expect(rows.contains("2026-10-05T18:00:00-07:00,replied,wang-fang,pricing-first-deal,linkedin,"))
        // Ben's share at 2026-07-01T03:00-07:00 is within a day of the typed 2026-06-30: still one row.
        #expect(!rows.contains { $0.contains(",shared,ben-hale,pricing-first-deal,") && $0.hasPrefix("2026-07-01") })
    }

    @Test("the report and suggest say how much of what they count was imported and how much typed")
    func reportSaysWhereRowsCameFrom() throws {
        let site = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let zip = site.appendingPathComponent("Basic_LinkedInDataExport_10-31-2026.zip")
        try Self.export().writeZip(at: zip)
        #expect(try Self.goodwill(["import", "linkedin-export", zip.path, "--as-of", "2026-11-01"], site: site).status == 0)
        let report = try Self.goodwill(["report", "--as-of", "2026-11-01", "--format", "md"], site: site)
        #expect(report.status == 0, "\(report.stderr)")
        let text = try String(contentsOf: site.appendingPathComponent("reports/report-2026-11-01.md"), encoding: .utf8)
        // 13 rows: the 12 imported and Ben's typed share.
        #expect(text.contains("Of the 13 rows in this period, 12 found in imports (linkedin 12), 1 typed."), "\(text)")
        // Call reviews: Ava twice and the group's Ben and Cy, all imported; pricing: Ben's typed share,
        // Farah's and Wang's imported.
        #expect(text.contains("| Call reviews | 4 (4 imported) |"), "\(text)")
        #expect(text.contains("| Pricing your first deal | 3 (2 imported) |"), "\(text)")
        let suggest = try Self.goodwill(["suggest", "--as-of", "2026-11-01"], site: site)
        #expect(suggest.stdout.contains("From 13 ledger rows: 12 found in imports (linkedin 12), 1 typed."), "\(suggest.stdout)")
    }

    @Test("a dry run says what it would import and writes nothing")
    func dryRun() throws {
        let site = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let zip = site.appendingPathComponent("Basic_LinkedInDataExport_10-31-2026.zip")
        try Self.export().writeZip(at: zip)
        let before = try Self.snapshot(site)
        let run = try Self.goodwill(["import", "linkedin-export", zip.path, "--dry-run", "--as-of", "2026-11-01"], site: site)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Would import 12 rows into network/activity.csv"), "\(run.stdout)")
        #expect(run.stdout.contains("Dry run: nothing was written."))
        #expect(try Self.snapshot(site) == before)
    }

    /// Every file of network/, by name.
    static func snapshot(_ site: URL) throws -> [String: Data] {
        let folder = site.appendingPathComponent("network")
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name != ".lock" {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }

    @Test("a malformed row, a wrong zip and an empty messages.csv are located errors, and nothing is written")
    func badInput() throws {
        let site = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let before = try Self.snapshot(site)

        var broken = Self.export()
        broken.messages[3].date = "June 12, 2026"
        let zip = site.appendingPathComponent("Basic_LinkedInDataExport_broken.zip")
        try broken.writeZip(at: zip)
        let run = try Self.goodwill(["import", "linkedin-export", zip.path, "--as-of", "2026-11-01"], site: site)
        #expect(run.status != 0)
        // Line 5: the header is line 1 and the first three messages take one line each.
        #expect(run.stderr.contains("Basic_LinkedInDataExport_broken.zip/messages.csv:5: error: column DATE: \"June 12, 2026\" is not a date LinkedIn writes"), "\(run.stderr)")
        #expect(try Self.snapshot(site) == before)

        let notExport = site.appendingPathComponent("photos.zip")
        var photos = LinkedInExportFixture()
        photos.extraFiles["IMG_0001.txt"] = "not a photo"
        try photos.writeZipWithout(messages: true, at: notExport)
        let wrong = try Self.goodwill(["import", "linkedin-export", notExport.path], site: site)
        #expect(wrong.status != 0)
        #expect(wrong.stderr.contains("is not a LinkedIn data export"), "\(wrong.stderr)")

        let empty = site.appendingPathComponent("Basic_LinkedInDataExport_empty")
        var emptied = Self.export()
        try emptied.writeFolder(at: empty)
        try Data().write(to: empty.appendingPathComponent("messages.csv"))
        let none = try Self.goodwill(["import", "linkedin-export", empty.path], site: site)
        #expect(none.status != 0)
        #expect(none.stderr.contains("messages.csv: error: is empty"), "\(none.stderr)")
        #expect(try Self.snapshot(site) == before)

        let whole = try Self.goodwill(["contacts", "import", "linkedin", zip.path], site: site)
        #expect(whole.status != 0)
        #expect(whole.stderr.contains("goodwill import linkedin-export"), "\(whole.stderr)")
    }
}

extension LinkedInExportFixture {
    /// A zip of the extra files only: not an export at all.
    func writeZipWithout(messages: Bool, at url: URL) throws {
        var only = LinkedInExportFixture()
        only.extraFiles = extraFiles
        try? FileManager.default.removeItem(at: url)
        let archive = try Archive(url: url, accessMode: .create)
        for (name, text) in only.extraFiles {
            let data = Data(text.utf8)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
    }
}
