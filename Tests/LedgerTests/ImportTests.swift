import Core
import Foundation
import Testing
@testable import Ledger

@Suite("Importing contacts")
struct ImportTests {
    @Test("LinkedIn: the header is found after the Notes preamble; deleted accounts are skipped and counted")
    func linkedIn() throws {
        let site = try LedgerSite()
        defer { site.remove() }
        let summary = try site.importFixture("linkedin-connections.csv", as: .linkedin)
        #expect(summary == ImportSummary(created: 4, updated: 0, unchanged: 0, skipped: 2))
        let contacts = try site.store.load().contacts
        #expect(contacts.map(\.id) == ["lena-okafor", "tomas-reyes", "hana-sato", "jose-nunez"])
        let hana = try #require(contacts.first { $0.id == "hana-sato" })
        #expect(hana.company == "Sato Advisory, LLC")
        #expect(hana.connectedOn?.text == "2023-06-01")
        #expect(hana.email == "")
        #expect(contacts.first { $0.id == "jose-nunez" }?.name == "José Núñez")
        #expect(contacts.first { $0.id == "tomas-reyes" }?.email == "tomas@northwind.example")
    }

    @Test("segment rules in goodwill.yml put new contacts in segments")
    func segmentRules() throws {
        let site = try LedgerSite()
        defer { site.remove() }
        try site.importFixture("linkedin-connections.csv", as: .linkedin)
        let segments = Dictionary(uniqueKeysWithValues: try site.store.load().contacts.map { ($0.id, $0.segments) })
        #expect(segments == ["lena-okafor": ["founders"], "tomas-reyes": ["sales-leaders"],
                             "hana-sato": ["consultants"], "jose-nunez": []])
    }

    @Test("new contacts with the same name get ids counted from 2; a name with no letters becomes 'contact'")
    func uniqueIDs() throws {
        let site = try LedgerSite()
        defer { site.remove() }
        let text = """
            id,name,email,company,position,segments,tags,url,connected_on,source,cadence_days,notes
            ,Ana Lima,ana@one.example,One,,,,,,,,
            ,Ana Lima,ana@two.example,Two,,,,,,,,
            ,Ana Lima,ana@three.example,Three,,,,,,,,
            ,???,who@four.example,Four,,,,,,,,
            ,!!!,who@five.example,Five,,,,,,,,

            """
        try site.store.importContacts(try ImportFormat.csv.parse(text, file: "mine.csv"))
        #expect(try site.store.load().contacts.map(\.id) == ["ana-lima", "ana-lima-2", "ana-lima-3", "contact", "contact-2"])
    }

    @Test("a second import of the same file changes nothing")
    func idempotent() throws {
        let site = try LedgerSite()
        defer { site.remove() }
        for (file, format) in [("linkedin-connections.csv", ImportFormat.linkedin), ("contacts.vcf", .vcard),
                               ("google-contacts.csv", .google), ("google-contacts-legacy.csv", .google), ("goodwill-contacts.csv", .csv)] {
            try site.importFixture(file, as: format)
            let before = try site.read("network/contacts.csv")
            let again = try site.importFixture(file, as: format)
            #expect(again.created == 0 && again.updated == 0, "\(file): \(again)")
            #expect(try site.read("network/contacts.csv") == before, "\(file) changed the ledger")
        }
    }

    @Test("manual edits to segments, notes and cadence survive a re-import; a new job is taken")
    func manualEditsKept() throws {
        let site = try LedgerSite()
        defer { site.remove() }
        try site.importFixture("linkedin-connections.csv", as: .linkedin)
        var contacts = try site.store.load().contacts
        contacts[0].segments = ["consultants"]
        contacts[0].notes = "Prefers email"
        contacts[0].cadenceDays = 14
        try site.store.save(contacts)
        let moved = try String(contentsOf: LedgerSite.fixtures.appendingPathComponent("imports/linkedin-connections.csv"), encoding: .utf8)
            .replacingOccurrences(of: "Brightloop,Co-founder & CEO", with: "Contoso,Advisor")
        let summary = try site.store.importContacts(try ImportFormat.linkedin.parse(moved, file: "moved.csv"))
        #expect(summary == ImportSummary(created: 0, updated: 1, unchanged: 3, skipped: 2))
        let lena = try #require(try site.store.load().contact("lena-okafor"))
        #expect(lena.segments == ["consultants"])
        #expect(lena.notes == "Prefers email")
        #expect(lena.cadenceDays == 14)
        #expect(lena.company == "Contoso")
        #expect(lena.position == "Advisor")
    }

    @Test("vCard: folded lines, escapes, CATEGORIES as tags, item groups; a card with no name is skipped")
    func vCard() throws {
        let batch = try ImportFormat.vcard.parse(
            try String(contentsOf: LedgerSite.fixtures.appendingPathComponent("imports/contacts.vcf"), encoding: .utf8), file: "contacts.vcf")
        #expect(batch.skipped == 1)
        #expect(batch.contacts.map(\.name) == ["Marcus Bell", "Hana Sato", "Ines Duarte"])
        let marcus = batch.contacts[0]
        #expect(marcus.company == "Contoso, Inc.")
        #expect(marcus.position == "Head of Sales")
        #expect(marcus.email == "marcus.bell@contoso.example")
        #expect(marcus.tags == ["Conference 2025", "Sales, enterprise"])
        #expect(marcus.notes == "Met at the pricing workshop.\nWants the recap template we use after calls.")
        #expect(batch.contacts[1].email == "hana@sato-advisory.example")
    }

    @Test("vCard: a card that is never closed is an error with its line")
    func vCardUnclosed() throws {
        #expect(throws: Diagnostics.self) { try ImportFormat.vcard.parse("BEGIN:VCARD\nFN:X\n", file: "x.vcf") }
        do { _ = try ImportFormat.vcard.parse("BEGIN:VCARD\nFN:X\n", file: "x.vcf") } catch {
            #expect(error.errors.map(\.description) == ["x.vcf:1: error: a card opened with BEGIN:VCARD is never closed — end it with END:VCARD"])
        }
    }

    @Test("Google CSV: BOM, ::: multi-values, multi-line notes, labels as tags, legacy headers")
    func google() throws {
        let current = try ImportFormat.google.parse(
            try String(contentsOf: LedgerSite.fixtures.appendingPathComponent("imports/google-contacts.csv"), encoding: .utf8), file: "g.csv")
        #expect(current.skipped == 1)
        #expect(current.contacts.map(\.name) == ["Ines Duarte", "Oliver Grant"])
        #expect(current.contacts[0].email == "ines@fabrikam.example")
        #expect(current.contacts[0].notes == "Close friend from university.\nAsks good questions.")
        #expect(current.contacts[0].tags == ["Friends", "Founders"])
        #expect(current.contacts[1].url == "https://grant.example/")
        let legacy = try ImportFormat.google.parse(
            try String(contentsOf: LedgerSite.fixtures.appendingPathComponent("imports/google-contacts-legacy.csv"), encoding: .utf8), file: "l.csv")
        #expect(legacy.contacts.map(\.name) == ["Zoe Martin"])
        #expect(legacy.contacts[0].company == "Wingtip Toys")
        #expect(legacy.contacts[0].position == "CEO")
        #expect(legacy.contacts[0].tags == ["Founders"])
        #expect(legacy.contacts[0].notes == "Runs a founders dinner.\nInvite her to speak.")
    }

    @Test("contacts are matched across formats by URL, then email, then name and company")
    func crossFormatMatching() throws {
        let site = try LedgerSite()
        defer { site.remove() }
        try site.importFixture("linkedin-connections.csv", as: .linkedin)
        // The vCard's Hana has no URL, an email LinkedIn never gave, and "Sato Advisory" where LinkedIn
        // said "Sato Advisory, LLC": none of the three keys match, so she is (by the rules) someone new.
        let vcard = try site.importFixture("contacts.vcf", as: .vcard)
        #expect(vcard.created == 3)
        // Google's Ines has the same email as the vCard's Ines: matched, not duplicated.
        let google = try site.importFixture("google-contacts.csv", as: .google)
        #expect(google.created == 1)
        #expect(google.updated == 1)
        let ines = try #require(try site.store.load().contacts.first { $0.name == "Ines Duarte" })
        #expect(ines.tags == ["Friends", "Founders"])
        #expect(ines.segments == ["founders"])
    }

    @Test("our own CSV keeps its columns and gets an id")
    func ownCSV() throws {
        let site = try LedgerSite()
        defer { site.remove() }
        #expect(try site.importFixture("goodwill-contacts.csv", as: .csv) == ImportSummary(created: 1, updated: 0, unchanged: 0, skipped: 0))
        let ada = try #require(try site.store.load().contact("ada-example"))
        #expect(ada.segments == ["sales-leaders"])
        #expect(ada.tags == ["board"])
        #expect(ada.connectedOn?.text == "2021-05-05")
    }
}

@Suite("Imports that know their format")
struct ImportFormatTests {
    static func text(_ name: String) throws -> String {
        try String(contentsOf: LedgerSite.fixtures.appendingPathComponent("imports/\(name)"), encoding: .utf8)
    }

    @Test("each export is recognised for what it is", arguments: [
        ("linkedin-connections.csv", ImportFormat.linkedin), ("contacts.vcf", .vcard), ("google-contacts.csv", .google),
        ("google-contacts-legacy.csv", .google), ("goodwill-contacts.csv", .csv),
    ])
    func detects(file: String, format: ImportFormat) throws {
        #expect(ImportFormat.detect(try Self.text(file)) == format)
    }

    @Test("another service's export is refused with the command that reads it", arguments: [
        ("google-contacts.csv", ImportFormat.linkedin, "google"), ("linkedin-connections.csv", .vcard, "linkedin"),
        ("contacts.vcf", .google, "vcard"), ("linkedin-connections.csv", .csv, "linkedin"),
    ])
    func refusesTheWrongFormat(file: String, asked: ImportFormat, right: String) throws {
        let text = try Self.text(file)
        do throws(Diagnostics) {
            _ = try asked.parse(text, file: file)
            Issue.record("\(file) was imported as \(asked)")
        } catch {
            #expect(error.items.first?.description.hasPrefix("\(file):1: error: this is a ") == true)
            #expect(error.items.first?.hint == "use goodwill contacts import \(right) \(file)")
        }
    }

    @Test("an import in which no contact is recognised is an error, not 0 created")
    func recognisesNothing() {
        #expect(throws: Diagnostics.self) { try ImportFormat.linkedin.parse("First Name,Last Name,URL\n,,\n", file: "x.csv") }
        #expect(throws: Diagnostics.self) { try ImportFormat.vcard.parse("nothing here\n", file: "x.vcf") }
    }
}
