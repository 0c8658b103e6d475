import Foundation
import Testing

/// A name written to break things (`Eve\r\nBcc: x@evil.test` in a Google export) reaches no
/// output raw: each output is read back by a parser of its own kind.
@Suite("Clean text from imports")
struct CleanTextCLITests {
    /// Google's CSV as contacts.google.com writes it (BOM, CRLF rows), with a first name that
    /// carries a header, a position with a table cell's `|` and a line break.
    static let export = "\u{FEFF}First Name,Middle Name,Last Name,Organization Name,Organization Title,E-mail 1 - Label,E-mail 1 - Value,Labels\r\n"
        + "\"Eve\r\nBcc: x@evil.test\",,Mallory,\"Evil\tCorp\",\"CEO | Founder\nof things\",* Work,eve@evil.example,* myContacts\r\n"

    static func run(_ arguments: [String], in site: URL) throws -> CLITests.Run {
        let run = try CLITests.run(arguments, in: site)
        #expect(run.status == 0, "\(arguments.joined(separator: " ")): \(run.stderr)")
        return run
    }

    /// Runs `script` with python3, `arguments` after it, and returns its stdout.
    static func python(_ script: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let run = try CLITests.run(["python3", "-c", script] + arguments, executable: "/usr/bin/env")
        return (run.status, run.stdout + run.stderr)
    }

    @Test("CR/LF in a name: one line in contacts list, share, suggest CSV (read by Python's csv), Markdown tables and the .eml (strict parser)")
    func crlfName() throws {
        let site = try DigestCLITests.site()
        defer { try? FileManager.default.removeItem(at: site) }
        let file = site.appendingPathComponent("google.csv")
        try Self.export.write(to: file, atomically: true, encoding: .utf8)
        _ = try Self.run(["contacts", "import", "google", file.path], in: site)

        let json = try Self.run(["contacts", "list", "--json"], in: site).stdout
        let contacts = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        let eve = try #require(contacts.first { ($0["email"] as? String) == "eve@evil.example" })
        // The line break and the tab became single spaces; the name keeps every word.
        #expect(eve["name"] as? String == "Eve Bcc: x@evil.test Mallory")
        #expect(eve["company"] as? String == "Evil Corp")
        #expect(eve["position"] as? String == "CEO | Founder of things")
        // The raw values are kept, escaped, in the notes.
        let notes = try #require(eve["notes"] as? String)
        #expect(notes.contains(#"name was "Eve\r\nBcc: x@evil.test Mallory""#), "\(notes)")
        #expect(notes.contains(#"company was "Evil\tCorp""#))
        let id = try #require(eve["id"] as? String)

        // A second import of the same file changes nothing (the note is not added twice).
        #expect(try Self.run(["contacts", "import", "google", file.path], in: site).stdout.contains("0 created, 0 updated, 1 unchanged"))

        _ = try Self.run(["contacts", "edit", id, "--segments", "founders"], in: site)
        _ = try Self.run(["contacts", "opt-in", id, "--as-of", "2024-06-01"], in: site)
        let list = try Self.run(["contacts", "list"], in: site).stdout
        #expect(!list.unicodeScalars.contains("\r"))
        #expect(!list.split(separator: "\n").contains { $0.hasPrefix("Bcc:") })

        let share = try Self.run(["share", "bonding-ties", "--contact", id], in: site).stdout
        #expect(share.hasPrefix("To: Eve Bcc: x@evil.test Mallory <eve@evil.example>\n"), "\(share)")
        #expect(!share.unicodeScalars.contains("\r"))

        // Python's csv reader: every row has the header's 14 fields, and no cell a line break.
        let csv = try Self.run(["suggest", "--as-of", "2024-07-01", "--format", "csv", "--per-contact", "5"], in: site).stdout
        let csvFile = site.appendingPathComponent("suggest.csv")
        try csv.write(to: csvFile, atomically: true, encoding: .utf8)
        let read = try Self.python("""
            import csv, sys
            rows = list(csv.reader(open(sys.argv[1], newline='')))
            assert all(len(r) == 14 for r in rows), [len(r) for r in rows]
            assert not any('\\r' in c or '\\n' in c for r in rows for c in r[:8])
            print(sum(1 for r in rows if r[3] == 'Eve Bcc: x@evil.test Mallory'))
            """, [csvFile.path])
        #expect(read.status == 0, "\(read.output)")
        #expect(Int(read.output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0 >= 1, "\(read.output)")

        _ = try Self.run(["log", "shared", id, "give-first", "--date", "2024-06-10", "--via", "email"], in: site)
        _ = try Self.run(["log", "replied", id, "give-first", "--date", "2024-06-12", "--via", "email"], in: site)


        // Markdown: each table row naming Eve has as many cells as its header (an unescaped `|`
        // or a line break would add one, or end the row).
        _ = try Self.run(["report", "--as-of", "2024-07-01", "--format", "md"], in: site)
        let markdown = try String(contentsOf: site.appendingPathComponent("reports/report-2024-07-01.md"), encoding: .utf8)
        let lines = markdown.components(separatedBy: "\n")
        #expect(!lines.contains { $0.hasPrefix("Bcc:") })
        var header = 0
        var checked = 0
        for line in lines where line.hasPrefix("|") {
            let cells = line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
            if line.contains("---|") { continue }
            if line.contains("Eve") { #expect(cells == header, "\(line)"); checked += 1 } else { header = cells }
        }
        #expect(checked >= 1, "no table row names Eve:\n\(markdown)")

        // The .eml, read with the strict policy that raises on a header it cannot parse.
        _ = try Self.run(["digest", "founders", "--as-of", "2024-07-01", "--since", "2024-01-01", "--contact", id], in: site)
        let folder = site.appendingPathComponent("reports/digests/founders")
        let eml = try #require(FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String }.first { $0.hasSuffix("\(id).eml") })
        let parsed = try Self.python("""
            import email, email.policy, sys
            message = email.message_from_bytes(open(sys.argv[1], 'rb').read(), policy=email.policy.strict)
            assert message['Bcc'] is None
            addresses = message['To'].addresses
            assert len(addresses) == 1, addresses
            print(addresses[0].display_name + '|' + addresses[0].addr_spec)
            """, [folder.appendingPathComponent(eml).path])
        #expect(parsed.status == 0, "\(parsed.output)")
        #expect(parsed.output.trimmingCharacters(in: .whitespacesAndNewlines) == "Eve Bcc: x@evil.test Mallory|eve@evil.example")
    }
}
