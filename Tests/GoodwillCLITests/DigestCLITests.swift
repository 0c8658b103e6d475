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
        #expect((ana["date"] as? String)?.hasPrefix("Mon, 01 Jul 2024 ") == true, "the moment of writing, never after the --as-of day")
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
        // Plain lines wrap at 72, each link alone on its line; the unsubscribe link keeps its contrast in dark mode.
        for line in text.split(separator: "\n") where !line.hasPrefix("http") { #expect(line.count <= 72, "\(line)") }
        #expect(text.contains("min read:\nhttps://"))
        #expect(html.contains(".muted, .muted a { color: #a7adb5 !important; }"))
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

    /// The fixture site with 23 more founders who opted in: 25 recipients.
    static func siteOf25() throws -> URL {
        let site = try Self.site()
        let contacts = site.appendingPathComponent("network/contacts.csv")
        var text = try String(contentsOf: contacts, encoding: .utf8)
        var ids: [String] = []
        for number in 1...23 {
            let id = String(format: "founder-%02d", number)
            ids.append(id)
            text += "\(id),Founder \(number),\(id)@startup.example,,,founders,,,,manual,,,,,,,\n"
        }
        try text.write(to: contacts, atomically: true, encoding: .utf8)
        let list = site.appendingPathComponent("yes.txt")
        try ids.joined(separator: "\n").write(to: list, atomically: true, encoding: .utf8)
        #expect(try CLITests.run(["contacts", "opt-in", "--file", list.path, "--as-of", "2024-06-01"], in: site).status == 0)
        return site
    }

    static func mode(_ url: URL) throws -> Int {
        try #require(FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int)
    }

    static func header(_ name: String, in eml: String) -> String? {
        eml.components(separatedBy: "\r\n").first { $0.hasPrefix(name + ": ") }.map { String($0.dropFirst(name.count + 2)) }
    }

    @Test("a send refused at the 6th of 25, then the same command: the other 20 go, nothing twice, no file lost")
    func resume() throws {
        let site = try Self.siteOf25()
        defer { try? FileManager.default.removeItem(at: site) }
        let spool = site.appendingPathComponent("spool")
        try FileManager.default.createDirectory(at: spool, withIntermediateDirectories: true)
        try "".write(to: site.appendingPathComponent("fail-once"), atomically: true, encoding: .utf8)
        // Refuses the 6th message once (a quota that resets), accepts everything else.
        let command = "n=$(ls \(spool.path) | wc -l); if [ $n -eq 5 ] && [ -e \(site.path)/fail-once ]; then rm \(site.path)/fail-once; echo 'quota exceeded' >&2; exit 75; fi; cat > \(spool.path)/$(printf %02d $n).eml"
        let arguments = Self.arguments + ["--log", "--sendmail", command]
        let first = try CLITests.run(arguments, in: site)
        #expect(first.status == 1)
        #expect(first.stdout.contains("Wrote 25 messages to reports/digests/founders/2024-07-01/"), "\(first.stdout)")
        #expect(first.stdout.contains("Sent 5 of 25 through"))
        #expect(first.stderr.contains("fix the command and run the same command again: it sends exactly the 20 not sent"), "\(first.stderr)")
        let folder = site.appendingPathComponent("reports/digests/founders/2024-07-01")
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(written.count == 26 && written.contains("preview.html"))

        let again = try CLITests.run(arguments, in: site)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("Resuming the founders digest run 2024-07-01 (reports/digests/founders/2024-07-01/): 5 sent before, 20 to send"), "\(again.stdout)")
        #expect(again.stdout.contains("Sent 20 of 20 through"))
        // The earlier run's files are all still there, byte for byte what was sent.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == written)
        let sent = try FileManager.default.contentsOfDirectory(atPath: spool.path).sorted().map {
            try String(contentsOf: spool.appendingPathComponent($0), encoding: .utf8)
        }
        #expect(sent.count == 25)
        let recipients = sent.compactMap { Self.header("To", in: $0) }
        #expect(Set(recipients).count == 25, "nobody twice: \(recipients)")
        let ids = sent.compactMap { Self.header("Message-ID", in: $0) }
        #expect(Set(ids).count == 25)
        for eml in sent {
            let to = try #require(Self.header("To", in: eml))
            let contact = try #require(written.first { name in name.hasSuffix(".eml") && to.contains("<" + name.dropLast(4) + "@") || name == "ana-lima.eml" && to.contains("ana@") || name == "zoe-nunez.eml" && to.contains("zoe@") })
            #expect(try String(contentsOf: folder.appendingPathComponent(contact), encoding: .utf8) == eml)
        }
        // Each share logged once: 25 contacts, 2 or 3 articles each.
        let rows = try String(contentsOf: site.appendingPathComponent("network/activity.csv"), encoding: .utf8)
            .split(separator: "\n").filter { $0.contains(",digest,digest founders") }
        #expect(Set(rows).count == rows.count)
        #expect(Set(rows.map { $0.split(separator: ",")[2] }).count == 25)
        // network/digests.csv: every Message-ID with its contact and articles, queued then sent.
        let log = try String(contentsOf: site.appendingPathComponent("network/digests.csv"), encoding: .utf8)
        for id in ids { #expect(log.components(separatedBy: id).count == 3, "\(id) queued and sent once") }
        // Private: files 0600, folders 0700.
        #expect(try Self.mode(folder) == 0o700)
        #expect(try Self.mode(folder.deletingLastPathComponent()) == 0o700)
        #expect(try Self.mode(folder.appendingPathComponent("ana-lima.eml")) == 0o600)
        #expect(try Self.mode(folder.appendingPathComponent("preview.html")) == 0o600)
        // A third run has nothing to resume and nothing new: nobody gets anything twice.
        let third = try CLITests.run(arguments, in: site)
        #expect(third.stdout.contains("Wrote 0 messages"), "\(third.stdout)")
    }

    @Test("two digests on one day: a new folder each, the first kept, and different Message-IDs")
    func twoRunsOneDay() throws {
        let site = try Self.site()
        defer { try? FileManager.default.removeItem(at: site) }
        #expect(try CLITests.run(Self.arguments, in: site).status == 0)
        let second = try CLITests.run(Self.arguments, in: site)
        #expect(second.stdout.hasPrefix("Wrote 2 messages to reports/digests/founders/2024-07-01-2/"), "\(second.stdout)")
        let digests = site.appendingPathComponent("reports/digests/founders")
        let one = try String(contentsOf: digests.appendingPathComponent("2024-07-01/ana-lima.eml"), encoding: .utf8)
        let two = try String(contentsOf: digests.appendingPathComponent("2024-07-01-2/ana-lima.eml"), encoding: .utf8)
        let (first, other) = (try #require(Self.header("Message-ID", in: one)), try #require(Self.header("Message-ID", in: two)))
        #expect(first != other)
        #expect(first.hasPrefix("<digest.founders.2024-07-01.") && other.hasPrefix("<digest.founders.2024-07-01-2."))
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
