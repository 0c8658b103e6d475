import Core
import Foundation
import Testing
@testable import Ledger

/// Real exports have namesakes: two "Kwame Patel" at "Umbrella Corp", each with a profile of
/// their own. An import once merged them by name and company and lost contacts.
@Suite("Namesakes at one company")
struct NamesakeImportTests {
    /// 200 people; 8 of them are four pairs who share a first name, last name and company.
    static let people: [(first: String, last: String, company: String, handle: String)] = {
        let firsts = ["Amara", "Bo", "Chen", "Dara", "Elif", "Farid", "Greta", "Hiro", "Ife", "Jonas"]
        let lasts = ["Ali", "Berg", "Costa", "Diaz", "Eze", "Fox", "Gupta", "Holm", "Ito", "Jung",
                     "Kim", "Lund", "Mora", "Nagy", "Osei", "Park", "Quinn", "Rossi", "Sousa", "Tan"]
        var people = (0..<192).map { number in
            (firsts[number % 10], lasts[number / 10], "Company \(number % 7)", "person-\(number)")
        }
        for pair in 0..<4 {
            let (first, last, company) = [("Kwame", "Patel", "Umbrella Corp"), ("Maria", "Garcia", "Initech"),
                                          ("Li", "Wei", "Umbrella Corp"), ("José", "Núñez", "Hooli")][pair]
            people.append((first, last, company, "\(first)-\(last)-a".lowercased()))
            people.append((first, last, company, "\(first)-\(last)-b".lowercased()))
        }
        return people
    }()

    static func linkedIn() -> String {
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" + people.map {
            "\($0.first),\($0.last),https://www.linkedin.com/in/\($0.handle),,\($0.company),Founder,04 Mar 2025\n"
        }.joined()
    }

    static func vCard() -> String {
        people.map {
            "BEGIN:VCARD\r\nVERSION:3.0\r\nN:\($0.last);\($0.first);;;\r\nFN:\($0.first) \($0.last)\r\nORG:\($0.company)\r\n"
                + "EMAIL:\($0.handle)@mail.example\r\nEND:VCARD\r\n"
        }.joined()
    }

    static func google() -> String {
        "First Name,Middle Name,Last Name,Organization Name,Organization Title,Labels,E-mail 1 - Value,Website 1 - Value\n" + people.map {
            "\($0.first),,\($0.last),\($0.company),Founder,* myContacts,\($0.handle)@mail.example,https://\($0.handle).example/\n"
        }.joined()
    }

    @Test("200 people with four pairs of namesakes import as 200 contacts, and again as 200 unchanged",
          arguments: [(ImportFormat.linkedin, linkedIn()), (.vcard, vCard()), (.google, google())])
    func namesakesStayApart(format: ImportFormat, text: String) throws {
        let site = try LedgerSite()
        defer { site.remove() }
        let first = try site.store.importContacts(try format.parse(text, file: "export"))
        #expect(first.created == 200 && first.skipped == 0, "\(first)")
        let contacts = try site.store.load().contacts
        #expect(contacts.count == 200)
        #expect(contacts.filter { $0.name == "Kwame Patel" }.map(\.id) == ["kwame-patel", "kwame-patel-2"])
        let before = try site.read("network/contacts.csv")
        let again = try site.store.importContacts(try format.parse(text, file: "export"))
        #expect(again == ImportSummary(created: 0, updated: 0, unchanged: 200, skipped: 0))
        #expect(try site.read("network/contacts.csv") == before)
    }

    @Test("a namesake matched by URL takes a new email; a shared office email never joins two profiles")
    func keysThatDecide() throws {
        let site = try LedgerSite()
        defer { site.remove() }
        let linkedIn = """
            First Name,Last Name,URL,Email Address,Company,Position,Connected On
            Kwame,Patel,https://www.linkedin.com/in/kwame-a,office@umbrella.example,Umbrella Corp,CEO,04 Mar 2025
            Kwame,Patel,https://www.linkedin.com/in/kwame-b,office@umbrella.example,Umbrella Corp,CFO,04 Mar 2025

            """
        #expect(try site.store.importContacts(try ImportFormat.linkedin.parse(linkedIn, file: "c.csv")).created == 2)
        let moved = linkedIn.replacingOccurrences(of: "kwame-a,office@", with: "kwame-a,kwame@")
        #expect(try site.store.importContacts(try ImportFormat.linkedin.parse(moved, file: "c.csv")).updated == 1)
        let contacts = try site.store.load().contacts
        #expect(contacts.map(\.email) == ["kwame@umbrella.example", "office@umbrella.example"])
        #expect(contacts.map(\.position) == ["CEO", "CFO"])
    }

    @Test("a row with neither URL nor email that fits two namesakes is skipped and named, not guessed")
    func ambiguousRowSkipped() throws {
        let site = try LedgerSite()
        defer { site.remove() }
        let linkedIn = """
            First Name,Last Name,URL,Email Address,Company,Position,Connected On
            Kwame,Patel,https://www.linkedin.com/in/kwame-a,,Umbrella Corp,CEO,04 Mar 2025
            Kwame,Patel,https://www.linkedin.com/in/kwame-b,,Umbrella Corp,CFO,04 Mar 2025

            """
        try site.store.importContacts(try ImportFormat.linkedin.parse(linkedIn, file: "c.csv"))
        let thin = "id,name,email,company,position,segments,tags,url,connected_on,source,cadence_days,notes\n,Kwame Patel,,Umbrella Corp,Advisor,,,,,,,\n"
        let summary = try site.store.importContacts(try ImportFormat.csv.parse(thin, file: "thin.csv"))
        #expect(summary.ambiguous == ["Kwame Patel"])
        #expect(summary.skipped == 1 && summary.created == 0 && summary.updated == 0)
        #expect(try site.store.load().contacts.map(\.position) == ["CEO", "CFO"])
    }
}

/// Inputs `make fuzz` found for the importers (first byte: the format), run again here.
@Suite("Import fuzz regressions")
struct ImportFuzzRegressionTests {
    @Test("every committed input parses or is refused, and merging it a second time creates nothing")
    func regressions() throws {
        let inputs = try FuzzRegressions.inputs("import")
        #expect(!inputs.isEmpty)
        let settings = LedgerSettings(segments: ["founders"])
        let rules = SegmentRules(settings: settings)
        for input in inputs {
            let format = ImportFormat.allCases[Int(input[0]) % ImportFormat.allCases.count]
            guard let batch = try? format.parse(String(decoding: input.dropFirst(), as: UTF8.self), file: "export"),
                  // LedgerStore.importContacts refuses an import naming undeclared segments first.
                  batch.contacts.allSatisfy({ $0.segments.allSatisfy(settings.isDeclared) }) else { continue }
            var contacts: [Contact] = []
            let merger = ContactMerger(rules: rules)
            _ = merger.merge(batch, into: &contacts)
            let first = contacts
            let again = merger.merge(batch, into: &contacts)
            for contact in contacts {
                #expect(ContactChecks.problems(of: contact, settings: settings).isEmpty, "contacts.csv would refuse \(contact.id)")
                #expect(ProfileURL.normalized(contact.url) == contact.url)
            }
            #expect(again.created == 0, "\(again)\nbatch: \(batch.contacts.map { ($0.name, $0.email, $0.url, $0.company) })\nafter one: \(first.map { ($0.id, $0.email, $0.url, $0.company) })\nafter two: \(contacts.map { ($0.id, $0.email, $0.url, $0.company) })")
        }
    }
}
