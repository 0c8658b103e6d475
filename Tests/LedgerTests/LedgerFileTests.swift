import Core
import Foundation
import Testing
@testable import Ledger
import Site

@Suite("Reading and writing the ledger")
struct LedgerFileTests {
    static let header = "id,name,email,company,position,segments,tags,url,connected_on,source,cadence_days,notes\n"
    static let good = header + "grace-hopper,Grace Hopper,grace@example.com,Navy,Rear Admiral,founders,,,,manual,,\nalan-turing,Alan Turing,,,,,,,,,,\n"
    static let activityHeader = "date,kind,contact,ref,via,note\n"

    @Test("every malformed contact row is reported as file:line: column: what is wrong", arguments: [
        ("x,X,,,,,,,,,,\nbad id,Y,,,,,,,,,,\n", "network/contacts.csv:3: error: column id: \"bad id\" is not a slug — use lowercase letters, digits and dashes, e.g. bad-id"),
        ("x,X,,,,,,,,,,\nx,Y,,,,,,,,,,\n", "network/contacts.csv:3: error: column id: \"x\" is also the id on line 2 — ids must be unique: rename one of them"),
        ("x,,,,,,,,,,,\n", "network/contacts.csv:2: error: column name: is empty — write the contact's name"),
        ("x,X,not-an-email,,,,,,,,,\n", "network/contacts.csv:2: error: column email: \"not-an-email\" is not an email address"),
        ("x,X,,,,founder,,,,,,\n", "network/contacts.csv:2: error: column segments: \"founder\" is not declared in goodwill.yml — did you mean \"founders\"?"),
        ("x,X,,,,,,,2024-02-30,,,\n", "network/contacts.csv:2: error: column connected_on: \"2024-02-30\" has no day 30: February 2024 has 29 days — write YYYY-MM-DD"),
        ("x,X,,,,,,,,,soon,\n", "network/contacts.csv:2: error: column cadence_days: \"soon\" is not a number of days — write a whole number such as 30, or leave it empty"),
        ("x,X,,,,,,,,\n", "network/contacts.csv:2: error: has 10 fields but the header has 12 — put quotes around a field that contains a comma"),
        ("x,\"X,,,,,,,,,,\n", "network/contacts.csv:2: error: a quoted field opened here is never closed — add the closing \" (write a quote inside a field as \"\")"),
    ])
    func badContactRow(rows: String, expected: String) throws {
        let site = try LedgerSite(contacts: Self.header + rows)
        defer { site.remove() }
        #expect(try site.loadErrors() == [expected])
    }

    @Test("an unknown column in the header is reported")
    func badHeader() throws {
        let site = try LedgerSite(contacts: "id,name,phone\n")
        defer { site.remove() }
        #expect(try site.loadErrors().first?.hasPrefix("network/contacts.csv:1: error: column phone: is not a column of this file") == true)
    }

    @Test("every malformed activity row is reported with its line", arguments: [
        ("2024-01-01,shared,grace-hopper,give-first,,\n2024-13-01,met,grace-hopper,,,\n", "network/activity.csv:3: error: column date: \"2024-13-01\" has no month 13 — write YYYY-MM-DD or 2024-03-12T09:30:00+01:00"),
        ("2024-01-01,shred,grace-hopper,x,,\n", "network/activity.csv:2: error: column kind: \"shred\" is not a kind of activity — did you mean \"shared\"? kinds: shared, intro, helped, asked, received, replied, met"),
        ("2024-01-01,met,grace-hoper,,,\n", "network/activity.csv:2: error: column contact: no contact has the id \"grace-hoper\" — closest ids: grace-hopper"),
        ("2024-01-01,intro,grace-hopper,nobody,,\n", "network/activity.csv:2: error: column ref: no contact has the id \"nobody\" — add the contact to network/contacts.csv first; goodwill contacts list shows them"),
        ("2024-01-01,intro,grace-hopper,,,\n", "network/activity.csv:2: error: column ref: an intro needs the id of the other contact — put it in ref"),
        ("2024-01-01,shared,grace-hopper,,,\n", "network/activity.csv:2: error: column ref: a share needs the article's slug — put it in ref"),
        ("\"2024-01-01\",met,grace-hopper,,,\"a note\non two lines\"\n2024-01-02,met,,,,\n", "network/activity.csv:4: error: column contact: no contact has the id \"\" — closest ids: alan-turing, grace-hopper"),
    ])
    func badActivityRow(rows: String, expected: String) throws {
        let site = try LedgerSite(contacts: Self.good, activity: Self.activityHeader + rows)
        defer { site.remove() }
        #expect(try site.loadErrors() == [expected])
    }

    @Test("a good ledger loads, with quoted notes across lines and each row's line number")
    func loads() throws {
        let site = try LedgerSite(contacts: Self.good, activity: Self.activityHeader
            + "2024-01-01,shared,grace-hopper,give-first,linkedin,\"Sent, with a note\nover two lines\"\n"
            + "2024-01-05T10:00:00+01:00,intro,grace-hopper,alan-turing,email,\n")
        defer { site.remove() }
        let ledger = try site.store.load()
        #expect(ledger.contacts.map(\.id) == ["grace-hopper", "alan-turing"])
        #expect(ledger.activities.map(\.line) == [2, 4])
        #expect(ledger.activities[0].note == "Sent, with a note\nover two lines")
        #expect(ledger.timeline(of: "alan-turing").map(\.kind) == [.intro])
    }

    @Test("log validates before it writes: nothing is appended for a bad entry")
    func appendValidates() throws {
        let site = try LedgerSite(contacts: Self.good)
        defer { site.remove() }
        let store = try site.store
        let now = Today(instant: 1_790_000_000, timeZone: TimeZone(secondsFromGMT: 0)!)  // 2026-09-21
        let published: Set = ["give-first"]
        #expect(throws: Diagnostic.self) { try store.append(.init(kind: .shared, contact: "grace-hopper", ref: "nope", date: "2024-01-01"), publishedArticles: published, today: now) }
        #expect(throws: Diagnostic.self) { try store.append(.init(kind: .met, contact: "grace-hopper", date: "2030-01-01"), publishedArticles: published, today: now) }
        #expect(throws: Diagnostic.self) { try store.append(.init(kind: .met, contact: "grace", date: "2024-01-01"), publishedArticles: published, today: now) }
        #expect(throws: Diagnostic.self) { try store.append(.init(kind: .intro, contact: "grace-hopper", ref: "grace-hopper", date: "2024-01-01"), publishedArticles: published, today: now) }
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("network/activity.csv").path))
        try store.append(.init(kind: .shared, contact: "grace-hopper", ref: "give-first", via: .email, date: "2024-01-01", note: "with \"quotes\", commas"),
                         publishedArticles: published, today: now)
        #expect(try site.read("network/activity.csv") == Self.activityHeader + "2024-01-01,shared,grace-hopper,give-first,email,\"with \"\"quotes\"\", commas\"\n")
        #expect(try site.store.load().activities.first?.note == "with \"quotes\", commas")
    }

    @Test("saving contacts round-trips every field")
    func roundTrip() throws {
        let site = try LedgerSite(contacts: Self.header)
        defer { site.remove() }
        let contact = Contact(id: "x", name: "X, Jr.", email: "x@example.com", company: "A \"B\"", position: "CEO",
                              segments: ["founders", "consultants"], tags: ["a", "b c"], url: "https://x.example/",
                              connectedOn: ContentDate(parsing: "2024-01-02"), source: .manual, cadenceDays: 30, notes: "line one\nline two")
        try site.store.save([contact])
        #expect(try site.store.load().contacts == [contact])
    }
}
