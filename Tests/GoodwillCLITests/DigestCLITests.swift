import Foundation
import Testing

/// `goodwill digest` on a real folder: its .eml files read by Python's standard `email` package,
/// its ledger rows, and a sendmail that fails half-way.
@Suite("goodwill digest", .serialized)
struct DigestCLITests {
    static func site() throws -> URL {
        let site = try SuggestCLITests.site()
        let config = site.appendingPathComponent("goodwill.yml")
        try (try String(contentsOf: config, encoding: .utf8))
            .replacingOccurrences(of: "author: {name: \"Fixture Writer\"}", with: "author: {name: \"Fixture Writer\", email: writer@fixture.example}")
            .write(to: config, atomically: true, encoding: .utf8)
        try "---\ntitle: \"Café für Gründer 🚀\"\ndate: 2024-06-15\nsegments: [founders]\n---\nEin Café, ein Gespräch.\n"
            .write(to: site.appendingPathComponent("content/articles/cafe.md"), atomically: true, encoding: .utf8)
        let contacts = site.appendingPathComponent("network/contacts.csv")
        try (try String(contentsOf: contacts, encoding: .utf8) + "zoe-nunez,Zoë Ñúñez,zoe@x.example,,,founders,,,,manual,,\n")
            .write(to: contacts, atomically: true, encoding: .utf8)
        let optIn = try CLITests.run(["contacts", "opt-in", "--source", site.path, "ana-lima", "zoe-nunez", "cmd-person", "--as-of", "2024-06-01"])
        #expect(optIn.status == 0, "\(optIn.stderr)")
        return site
    }

    static let arguments = ["digest", "founders", "--as-of", "2024-07-01", "--since", "2024-01-01"]

    @Test("each .eml parses with a standard MIME parser: both parts, the headers, encodings and non-ASCII names")
    func parses() throws {
        let site = try Self.site()
        defer { try? FileManager.default.removeItem(at: site) }
        let run = try CLITests.run(Self.arguments, in: site)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("Wrote 2 messages to reports/digests/founders/2024-07-01/"))
        #expect(run.stdout.contains("Skipped 1: 1 with no email address (cmd-person)"))
        let folder = site.appendingPathComponent("reports/digests/founders/2024-07-01")
        let script = """
            import email, email.policy, json, sys
            out = {}
            for name in sys.argv[1:]:
                message = email.message_from_bytes(open(name, 'rb').read(), policy=email.policy.default)
                parts = [p for p in message.iter_parts()]
                out[name.split('/')[-1]] = {
                    'multipart': message.get_content_type(), 'to': str(message['To']), 'to_name': message['To'].addresses[0].display_name,
                    'subject': str(message['Subject']), 'date': str(message['Date']), 'id': str(message['Message-ID']),
                    'unsubscribe': str(message['List-Unsubscribe']), 'from': str(message['From']),
                    'types': [p.get_content_type() for p in parts], 'charsets': [p.get_content_charset() for p in parts],
                    'encodings': [p['Content-Transfer-Encoding'] for p in parts],
                    'text': parts[0].get_content(), 'html': parts[1].get_content()}
            print(json.dumps(out))
            """
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", script, folder.appendingPathComponent("ana-lima.eml").path, folder.appendingPathComponent("zoe-nunez.eml").path]
        let pipe = Pipe()
        python.standardOutput = pipe
        try python.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        python.waitUntilExit()
        #expect(python.terminationStatus == 0)
        let parsed = try #require(JSONSerialization.jsonObject(with: data) as? [String: [String: Any]])
        let ana = try #require(parsed["ana-lima.eml"]), zoe = try #require(parsed["zoe-nunez.eml"])
        #expect(ana["multipart"] as? String == "multipart/alternative")
        #expect(ana["types"] as? [String] == ["text/plain", "text/html"])
        #expect(ana["charsets"] as? [String] == ["utf-8", "utf-8"])
        #expect(ana["encodings"] as? [String] == ["quoted-printable", "quoted-printable"])
        #expect(ana["to"] as? String == "Ana Lima <ana@x.example>")
        #expect(ana["from"] as? String == "Fixture Writer <writer@fixture.example>")
        #expect(ana["date"] as? String == "Mon, 01 Jul 2024 09:00:00 +0000")
        #expect((ana["id"] as? String)?.hasPrefix("<digest.founders.2024-07-01.") == true)
        #expect(ana["unsubscribe"] as? String == "<mailto:writer@fixture.example?subject=unsubscribe%20founders%20digest>")
        #expect(ana["subject"] as? String == "New for founders: Café für Gründer 🚀, and 1 more")   // she has bonding-ties already
        #expect(zoe["to_name"] as? String == "Zoë Ñúñez")
        #expect(zoe["subject"] as? String == "New for founders: Café für Gründer 🚀, and 2 more")
        let text = try #require(zoe["text"] as? String).replacingOccurrences(of: "\r\n", with: "\n"), html = try #require(zoe["html"] as? String)
        #expect(text.hasPrefix("Hi Zoë, here is what I wrote for founders since last time."))
        #expect(text.contains("Café für Gründer 🚀\nEin Café, ein Gespräch.\n"))
        #expect(html.contains("Café für Gründer 🚀"))
        #expect(text.contains("/articles/give-first/?utm_source=digest&utm_medium=email&utm_campaign=give-first&utm_content="))
        #expect(html.contains("width=\"600\"") && !html.contains("<script"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("preview.html").path))
    }

    @Test("--log appends one shared row per contact and article, via digest; the next digest starts there")
    func logs() throws {
        let site = try Self.site()
        defer { try? FileManager.default.removeItem(at: site) }
        let before = try String(contentsOf: site.appendingPathComponent("network/activity.csv"), encoding: .utf8)
        let run = try CLITests.run(Self.arguments + ["--log"], in: site)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Logged 5 shares in network/activity.csv"))
        let after = try String(contentsOf: site.appendingPathComponent("network/activity.csv"), encoding: .utf8)
        #expect(after == before + """
            2024-07-01,shared,ana-lima,cafe,digest,digest founders
            2024-07-01,shared,ana-lima,give-first,digest,digest founders
            2024-07-01,shared,zoe-nunez,cafe,digest,digest founders
            2024-07-01,shared,zoe-nunez,bonding-ties,digest,digest founders
            2024-07-01,shared,zoe-nunez,give-first,digest,digest founders

            """)
        let again = try CLITests.run(["digest", "founders", "--as-of", "2024-07-01", "--dry-run"], in: site)
        #expect(again.stdout.contains("articles since 2024-07-01 (the previous founders digest, on 2024-07-01)"))
        #expect(again.stdout.contains("No message to write."))
    }

    @Test("a sendmail that fails on the second message: only the first is logged, and the error says so")
    func sendmailFailure() throws {
        let site = try Self.site()
        defer { try? FileManager.default.removeItem(at: site) }
        let spool = site.appendingPathComponent("spool")
        try FileManager.default.createDirectory(at: spool, withIntermediateDirectories: true)
        let command = "n=$(ls \(spool.path) | wc -l); cat > \(spool.path)/$n.eml; [ $n -lt 1 ] || { echo 'quota exceeded' >&2; exit 75; }"
        let run = try CLITests.run(Self.arguments + ["--log", "--sendmail", command], in: site)
        #expect(run.status == 1)
        #expect(run.stdout.contains("Sent 1 of 2 through"))
        #expect(run.stderr.contains("refused the message to zoe-nunez (exit 75): quota exceeded"))
        let rows = try String(contentsOf: site.appendingPathComponent("network/activity.csv"), encoding: .utf8)
            .split(separator: "\n").filter { $0.contains(",digest,") }
        #expect(rows == ["2024-07-01,shared,ana-lima,cafe,digest,digest founders", "2024-07-01,shared,ana-lima,give-first,digest,digest founders"])
    }

    @Test("--dry-run writes nothing; an unknown segment names the closest; no author email is a clear error")
    func dryRunAndErrors() throws {
        let site = try Self.site()
        defer { try? FileManager.default.removeItem(at: site) }
        let dry = try CLITests.run(Self.arguments + ["--dry-run"], in: site)
        #expect(dry.stdout.contains("Zoë Ñúñez <zoe@x.example>: cafe, bonding-ties, give-first"))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("reports").path))
        let unknown = try CLITests.run(["digest", "founder"], in: site)
        #expect(unknown.stderr.hasPrefix("<segment>: error: no segment \"founder\" is declared in goodwill.yml — did you mean \"founders\"?"))
        let plain = try SuggestCLITests.site()
        defer { try? FileManager.default.removeItem(at: plain) }
        let noEmail = try CLITests.run(Self.arguments, in: plain)
        #expect(noEmail.status == 1)
        #expect(noEmail.stderr.hasPrefix("goodwill.yml: error: a digest needs the author's email address"))
    }
}
