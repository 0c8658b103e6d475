import Core
import Foundation
import Testing
@testable import Ledger
import Share
import Site

@Suite("Privacy")
struct PrivacyTests {
    @Test("a canary planted in contacts and activity notes appears in no file under site/")
    func canary() throws {
        let repo = LedgerSite.fixtures.deletingLastPathComponent().deletingLastPathComponent()
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("goodwill-privacy-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for item in ["goodwill.yml", "content", "themes", "network"] {
            try FileManager.default.copyItem(at: repo.appendingPathComponent(item), to: root.appendingPathComponent(item))
        }
        let canary = "CANARY-\(UUID().uuidString)"
        let contacts = root.appendingPathComponent("network/contacts.csv")
        let activity = root.appendingPathComponent("network/activity.csv")
        try (try String(contentsOf: contacts, encoding: .utf8)
             + "canary-person,Canary \(canary),\(canary.lowercased())@example.com,\(canary) Inc,CEO,founders,\(canary),https://\(canary.lowercased()).example/,,manual,,\(canary) note,,"
             + "\(canary.lowercased())-2@example.com,https://github.com/\(canary.lowercased()),opted-in,2026-01-01\n")
            .write(to: contacts, atomically: true, encoding: .utf8)
        // A removed contact's tombstone holds addresses and profiles too.
        try "id,name,company,emails,urls,removed_on,merged_into\ngone-person,Gone \(canary),\(canary) Ltd,gone-\(canary.lowercased())@example.com,https://gone.example/\(canary),2026-01-02,\n"
            .write(to: root.appendingPathComponent("network/removed.csv"), atomically: true, encoding: .utf8)
        try (try String(contentsOf: activity, encoding: .utf8) + "2026-01-15,shared,canary-person,give-before-you-ask,email,\(canary)\n")
            .write(to: activity, atomically: true, encoding: .utf8)
        // What imports keep beside the ledger: source keys, people who are not contacts, public posts.
        try "source,imported_on,outcome\nlinkedin:2026-01-15T10:00:00Z:\(canary),2026-02-01,added\n"
            .write(to: root.appendingPathComponent("network/imported.csv"), atomically: true, encoding: .utf8)
        try ("identity,name,first_seen,last_seen,messages,article_link,export\nhttps://linkedin.com/in/\(canary.lowercased()),Unmatched \(canary),2026-01-01,2026-01-02,2,yes,/home/u/\(canary).zip\n"
             + "email:\(canary.lowercased())@mail.example,Mailed \(canary),2026-01-01,2026-01-02,1,yes,/home/u/\(canary).mbox\n")
            .write(to: root.appendingPathComponent("network/unmatched.csv"), atomically: true, encoding: .utf8)
        // A mailbox kept beside the ledger, as `goodwill import mail` reads it.
        try "From 1@xxx Mon Jan 06 04:49:45 +0000 2026\r\nFrom: \(canary) <\(canary.lowercased())@mail.example>\r\nSubject: \(canary)\r\n\r\n\(canary)\r\n"
            .write(to: root.appendingPathComponent("network/exports/canary.mbox"), atomically: true, encoding: .utf8)
        try "date,channel,ref,link,visibility,source\n2026-01-03,linkedin,give-before-you-ask,https://www.linkedin.com/feed/update/\(canary),PUBLIC,linkedin:post:\(canary)\n"
            .write(to: root.appendingPathComponent("network/posts.csv"), atomically: true, encoding: .utf8)
        let keys = ConfigKeys(segmentSettings: LedgerSettings.segmentSettings + ["cadence_days"])
        let config = try ConfigLoader.load(siteRoot: root, otherKeys: keys)
        let ledger = try LedgerStore(siteRoot: root, settings: try LedgerSettings.parse(config.document, file: ConfigLoader.fileName)).load()
        #expect(ledger.contact("canary-person")?.notes == "\(canary) note")  // the canary is really in the ledger
        let store = LedgerStore(siteRoot: root, settings: try LedgerSettings.parse(config.document, file: ConfigLoader.fileName))
        #expect(try store.unmatched().map(\.name) == ["Unmatched \(canary)", "Mailed \(canary)"])  // and in what imports keep
        #expect(try store.posts().first?.link.hasSuffix(canary) == true)

        var options = BuildOptions(source: root)
        options.configKeys = keys
        // The example site is searchable: Pagefind's index is published too, so it is searched.
        options.pagefind = .installed
        let report = try SiteBuilder(options: options, contributors: [ShareKit()]).build()
        #expect(report.search?.pages == 8)
        let site = root.appendingPathComponent("site")
        let files = FileIO.files(under: site.path)
        #expect(files.count > 10)
        for file in files {
            var bytes = try Data(contentsOf: site.appendingPathComponent(file))
            // The index's records are gzipped: read as Pagefind's script reads them.
            if file.hasPrefix("pagefind/"), bytes.starts(with: [0x1f, 0x8b]) { bytes = try Self.gunzip(site.appendingPathComponent(file)) }
            #expect(bytes.range(of: Data(canary.utf8)) == nil, "\(file) contains the canary")
            #expect(bytes.range(of: Data(canary.lowercased().utf8)) == nil, "\(file) contains the canary")
            #expect(bytes.range(of: Data("canary-person".utf8)) == nil, "\(file) contains a contact id")
        }
    }

    static func gunzip(_ file: URL) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-dc", file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(file.lastPathComponent) is not gzip")
        return data
    }
}
