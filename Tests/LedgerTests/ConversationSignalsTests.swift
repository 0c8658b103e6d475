import Core
import Foundation
import Testing
@testable import Ledger

/// The rules of docs/import.md one at a time, on messages.csv text written as LinkedIn writes it.
@Suite("Conversation signals")
struct ConversationSignalsTests {
    static let links = ArticleLinks(siteURL: "https://ledger.example/",
                                    paths: [("/articles/call-reviews/", "call-reviews"), ("/2025/01/calls/", "call-reviews"),
                                            ("/articles/pricing/", "pricing")],
                                    contactsByToken: ["8cf573e9a0d2": "ava-stone"])

    /// The older layout: no conversation ids, no URLs, `DIRECTION`, dates without a zone (UTC).
    static let oldLayout = """
        FROM,TO,DATE,SUBJECT,CONTENT,DIRECTION,FOLDER
        Mara Quill,Ava Stone,2019-11-06T02:08:20,,"Ava, this one: https://ledger.example/2025/01/calls/",OUTGOING,INBOX
        Ava Stone,Mara Quill,2019-11-05T23:00:00,,Hello from before,INCOMING,INBOX
        Ava Stone,Mara Quill,2019-11-07T09:15:00,,"Thanks!
        > Ava, this one: https://ledger.example/2025/01/calls/",INCOMING,INBOX
        Mara Quill,"Okafor, Lena",2019-11-08T10:00:00,,https://ledger.example/articles/pricing,OUTGOING,ARCHIVE

        """

    @Test("the old layout is read by column names, the user from DIRECTION, people by their names")
    func oldLayout() throws {
        let parsed = try LinkedInMessages.parse(Self.oldLayout, file: "messages.csv")
        #expect(parsed.messages.count == 4)
        #expect(parsed.messages[0].outgoing == true)
        // 2019-11-06T02:08:20 is UTC: 1573006100 seconds.
        #expect(parsed.messages[0].instant == 1_573_006_100)
        // A name with a comma, without URLs, is one recipient.
        #expect(parsed.messages[3].to.map(\.name) == ["Okafor, Lena"])
        var export = LinkedInExport()
        export.messages = parsed.messages
        let me = try #require(ExportMe.find(given: nil, export: export))
        #expect(me.how == "from the messages marked OUTGOING")
        let found = ConversationSignals.find(in: parsed.messages, me: me, links: Self.links)
        // Ava's hello came before the share (answers nothing); her thanks quotes it: a reply naming it.
        #expect(found.rows.map { "\($0.kind.rawValue) \($0.person.identity) \($0.ref)" } == [
            "shared name:ava stone call-reviews",
            "replied name:ava stone call-reviews",
            "shared name:okafor, lena pricing",
        ])
    }

    @Test("a person without a URL is the one contact of that name; namesakes and unknown profiles are nobody")
    func matching() throws {
        let contacts = [
            Contact(id: "ava-stone", name: "Ava Stone", url: "https://linkedin.com/in/ava-stone-example"),
            Contact(id: "li-wei", name: "Li Wei", url: "https://linkedin.com/in/li-wei-1"),
            Contact(id: "li-wei-2", name: "Li Wei", url: "https://linkedin.com/in/li-wei-2"),
        ]
        let matcher = PersonMatcher(contacts: contacts, removed: [])
        #expect(matcher.match(ExportPerson(name: "AVA  STONE", url: "")) == .contact("ava-stone"))
        #expect(matcher.match(ExportPerson(name: "Li Wei", url: "")) == .unmatched)  // two of that name
        #expect(matcher.match(ExportPerson(name: "Li Wei", url: "https://www.linkedin.com/in/li-wei-2/")) == .contact("li-wei-2"))
        // The same name on a profile the ledger does not know is someone else.
        #expect(matcher.match(ExportPerson(name: "Ava Stone", url: "https://linkedin.com/in/ava-stone-other")) == .unmatched)
        let removed = PersonMatcher(contacts: [], removed: [Tombstone(of: contacts[0], on: ContentDate(parsing: "2026-01-01")!)])
        #expect(removed.match(ExportPerson(name: "Ava Stone", url: "https://de.linkedin.com/in/ava-stone-example/en")) == .removed("ava-stone"))
    }

    @Test("profile URLs in every form LinkedIn writes are one profile")
    func profileForms() {
        let forms = ["https://www.linkedin.com/in/ava-stone-example/", "http://linkedin.com/in/ava-stone-example?lipi=urn%3Ali%3Apage",
                     "HTTPS://WWW.LINKEDIN.COM/in/Ava-Stone-Example", "https://de.linkedin.com/in/ava-stone-example/en/",
                     "www.linkedin.com/in/ava-stone-example/fr"]
        #expect(Set(forms.map { ProfileURL.key($0) }) == ["https://linkedin.com/in/ava-stone-example"])
        // A two-letter slug is a slug, not a language.
        #expect(ProfileURL.key("https://linkedin.com/in/ab") == "https://linkedin.com/in/ab")
        #expect(ProfileURL.normalized(ProfileURL.normalized("https://de.linkedin.com/in/x/en")) == "https://linkedin.com/in/x")
    }

    @Test("links: tracking parameters, old addresses, www, index.html and tokens; quoted parts carry no share")
    func links() {
        let text = "see https://www.ledger.example/articles/call-reviews/index.html?utm_source=linkedin&utm_content=8CF573E9A0D2, and ledger.example/articles/pricing"
        #expect(Self.links.links(in: text) == [ArticleLinks.Link(slug: "call-reviews", tokenOwner: "ava-stone")])
        #expect(Self.links.links(in: "www.ledger.example/articles/pricing/.") == [ArticleLinks.Link(slug: "pricing", tokenOwner: nil)])
        #expect(Self.links.links(in: "https://evil.example/articles/pricing/").isEmpty)
        let reply = MessageText("Sounds good.\r\n\r\nOn Tue, 1 Sep 2026 at 10:00, Mara Quill wrote:\r\nhttps://ledger.example/articles/pricing/")
        #expect(reply.own == "Sounds good.\n")
        #expect(Self.links.links(in: reply.quoted).map(\.slug) == ["pricing"])
    }

    @Test("instants become the user's clock east and west of UTC, keeping the instant")
    func instants() {
        let instant: Int64 = 1_781_049_600 + 23 * 3600 + 30 * 60  // 2026-06-10T23:30:00Z
        #expect(ContentDate(instant: instant, timeZone: TimeZone(identifier: "UTC")!).text == "2026-06-10T23:30:00Z")
        #expect(ContentDate(instant: instant, timeZone: TimeZone(identifier: "Asia/Kolkata")!).text == "2026-06-11T05:00:00+05:30")
        #expect(ContentDate(instant: instant, timeZone: TimeZone(identifier: "America/Los_Angeles")!).text == "2026-06-10T16:30:00-07:00")
        #expect(ContentDate(instant: instant, timeZone: TimeZone(identifier: "Asia/Kolkata")!).secondsSinceEpoch == instant)
        // Before 1970 too.
        #expect(ContentDate(instant: -1, timeZone: TimeZone(identifier: "UTC")!).text == "1969-12-31T23:59:59Z")
    }

    @Test("a message to 21 people is a broadcast, not a share; to 20 it is a group share")
    func groupSize() {
        let mara = ExportPerson(name: "Mara Quill", url: "https://linkedin.com/in/mara")
        func message(to count: Int) -> LinkedInMessage {
            LinkedInMessage(line: 2, conversation: "c", from: mara,
                            to: (1...count).map { ExportPerson(name: "P\($0)", url: "https://linkedin.com/in/p\($0)") },
                            instant: 1_700_000_000, content: "https://ledger.example/articles/pricing/", outgoing: nil)
        }
        let me = ExportMe(person: mara, how: "given")
        #expect(ConversationSignals.find(in: [message(to: 21)], me: me, links: Self.links).rows.isEmpty)
        let twenty = ConversationSignals.find(in: [message(to: 20)], me: me, links: Self.links).rows
        #expect(twenty.count == 20)
        #expect(twenty.allSatisfy { $0.note == "group message to 20 people" })
        // One key per recipient: the same message is twenty rows, each its own.
        #expect(Set(twenty.map(\.source)).count == 20)
    }

    @Test("a CSV row cut short, and a header that is not messages.csv's, are located errors")
    func badRows() {
        let header = "\"CONVERSATION ID\",\"FROM\",\"TO\",\"DATE\",\"CONTENT\"\n"
        #expect(throws: Diagnostics.self) { try LinkedInMessages.parse(header + "c,A,B,2026-01-01 10:00:00 UTC\n", file: "messages.csv") }
        do {
            _ = try LinkedInMessages.parse("\"CONVERSATION ID\",\"FROM\",\"TO\",\"CONTENT\"\n", file: "messages.csv")
            Issue.record("a header without DATE was read")
        } catch {
            #expect(error.items.first?.file == "messages.csv" && error.items.first?.line == 1, "\(error)")
            #expect(error.items.first?.field == "DATE")
        }
    }
}
