import Core
import Foundation
import Testing
@testable import Ledger

/// Imports from different services agree on one contact instead of overwriting each other.
@Suite("Source precedence")
struct SourcePrecedenceTests {
    static let linkedIn = """
        First Name,Last Name,URL,Email Address,Company,Position,Connected On
        Lena,Okafor,http://www.linkedin.com/in/lenaokafor/?trk=public_profile,lena@work.example,Brightloop,Co-founder & CEO,04 Mar 2025

        """
    static let vCard = """
        BEGIN:VCARD
        VERSION:3.0
        FN:Lena Okafor
        ORG:Brightloop
        TITLE:Founder
        EMAIL:lena@home.example
        URL:https://linkedin.com/in/lenaokafor
        NOTE:Met at the pricing workshop.
        END:VCARD

        """

    @Test("LinkedIn, then vCard, then LinkedIn again settles: each field stays with the source that set it")
    func noFlipping() throws {
        let site = try LedgerSite()
        defer { site.remove() }
        let store = try site.store
        #expect(try store.importContacts(try ImportFormat.linkedin.parse(Self.linkedIn, file: "c.csv")).created == 1)
        // The vCard is the same person (same profile): its email and title are another source's opinion.
        #expect(try store.importContacts(try ImportFormat.vcard.parse(Self.vCard, file: "c.vcf")) == ImportSummary(created: 0, updated: 1, unchanged: 0, skipped: 0))
        let settled = try site.read("network/contacts.csv")
        for _ in 0..<2 {
            #expect(try store.importContacts(try ImportFormat.linkedin.parse(Self.linkedIn, file: "c.csv")) == ImportSummary(created: 0, updated: 0, unchanged: 1, skipped: 0))
            #expect(try store.importContacts(try ImportFormat.vcard.parse(Self.vCard, file: "c.vcf")) == ImportSummary(created: 0, updated: 0, unchanged: 1, skipped: 0))
        }
        #expect(try site.read("network/contacts.csv") == settled)
        let lena = try #require(try store.load().contacts.first)
        #expect(lena.email == "lena@work.example")
        #expect(lena.position == "Co-founder & CEO")
        #expect(lena.notes == "Met at the pricing workshop.")  // was empty: filled
        #expect(lena.url == "https://linkedin.com/in/lenaokafor")  // stored normalised
    }

    @Test("the same source sends a newer value: taken; a value set by another source is not")
    func newerFromTheSameSource() throws {
        let site = try LedgerSite()
        defer { site.remove() }
        let store = try site.store
        try store.importContacts(try ImportFormat.linkedin.parse(Self.linkedIn, file: "c.csv"))
        let moved = Self.linkedIn.replacingOccurrences(of: "Brightloop,Co-founder & CEO", with: "Northwind,VP Sales")
        #expect(try store.importContacts(try ImportFormat.linkedin.parse(moved, file: "c.csv")).updated == 1)
        let lena = try #require(try store.load().contacts.first)
        #expect(lena.company == "Northwind" && lena.position == "VP Sales")
    }

    @Test("a field set by hand (set_by manual) is never overwritten, and an empty field filled by another source belongs to it")
    func manualWins() throws {
        let site = try LedgerSite(contacts: """
            id,name,email,company,position,segments,tags,url,connected_on,source,cadence_days,notes,set_by
            lena-okafor,Lena Okafor,,Brightloop,Board member,,,https://linkedin.com/in/lenaokafor,,linkedin,,,position:manual

            """)
        defer { site.remove() }
        let store = try site.store
        #expect(try store.importContacts(try ImportFormat.linkedin.parse(Self.linkedIn, file: "c.csv")).updated == 1)
        let lena = try #require(try store.load().contacts.first)
        #expect(lena.position == "Board member")
        #expect(lena.email == "lena@work.example")
        #expect(lena.setBy == [.position: .manual])
        try store.importContacts(try ImportFormat.vcard.parse(Self.vCard, file: "c.vcf"))
        #expect(try store.load().contacts.first?.setBy == [.position: .manual])
    }

    @Test("profile URLs are stored normalised", arguments: [
        ("http://www.linkedin.com/in/lenaokafor/?trk=x", "https://linkedin.com/in/lenaokafor"),
        ("HTTPS://WWW.LinkedIn.com/in/LenaOkafor/#about", "https://linkedin.com/in/LenaOkafor"),
        ("linkedin.com/in/lena/", "https://linkedin.com/in/lena"),
        ("https://lena.example/", "https://lena.example"),
        ("lena.example/a # from a shifted column", "https://lena.example/a"),
        ("https://www.http://lena.example/", "https://http://lena.example"),  // one scheme dropped, not two
    ])
    func normalised(written: String, stored: String) {
        #expect(ProfileURL.normalized(written) == stored)
        #expect(ProfileURL.normalized(stored) == stored)  // a stored URL normalises to itself
    }

    @Test("an imported email without an @ (an export's columns shifted) is dropped, so contacts.csv reads back")
    func shiftedEmail() throws {
        let site = try LedgerSite()
        defer { site.remove() }
        let shifted = Self.linkedIn.replacingOccurrences(of: "lena@work.example", with: "Brightloop")
        try site.store.importContacts(try ImportFormat.linkedin.parse(shifted, file: "c.csv"))
        #expect(try site.store.load().contacts.first?.email == "")
    }
}
