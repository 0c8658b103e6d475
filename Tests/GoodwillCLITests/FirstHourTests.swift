import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// Rough edges a new user meets in the first hour (#18), each driven through the binary.
@Suite("The first hour")
struct FirstHourTests {
    static func day(offset: Int) -> String {
        let date = Calendar.current.date(byAdding: .day, value: offset, to: Date())!
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    static func ledgerSite() throws -> URL {
        let site = try CLITests.temporarySite(copying: "yaml-site")
        try FileManager.default.createDirectory(at: site.appendingPathComponent("network"), withIntermediateDirectories: true)
        try "id,name\ngrace-hopper,Grace Hopper\n".write(to: site.appendingPathComponent("network/contacts.csv"), atomically: true, encoding: .utf8)
        return site
    }

    @Test("any command run inside a site's folders finds its goodwill.yml, as git finds its repository, and says which")
    func findsTheSite() throws {
        let site = try CLITests.temporarySite(copying: "yaml-site")
        defer { try? FileManager.default.removeItem(at: site) }
        let inside = site.appendingPathComponent("content/articles")
        let check = try CLITests.run(["check"], in: inside)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stderr == "Using the site in \(site.standardizedFileURL.path)\n")
        let build = try CLITests.run(["build"], in: inside)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("site/index.html").path))
        #expect(!FileManager.default.fileExists(atPath: inside.appendingPathComponent("site").path))
        // From the site folder itself, nothing is said.
        #expect(try CLITests.run(["check"], in: site).stderr.isEmpty)
    }

    @Test("init's next step quotes a folder with spaces, and leaves out cd into the current folder")
    func initHint() throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("goodwill-hint-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: parent) }
        try FileManager.default.createDirectory(at: parent.appendingPathComponent("here"), withIntermediateDirectories: true)
        #expect(try CLITests.run(["init", "my site"], in: parent).stdout.hasSuffix("Next: cd 'my site' && goodwill build\n"))
        #expect(try CLITests.run(["init"], in: parent.appendingPathComponent("here")).stdout.hasSuffix("Next: goodwill build\n"))
    }

    @Test("twitter is accepted for x")
    func twitter() throws {
        let site = try CLITests.temporarySite(copying: "yaml-site")
        defer { try? FileManager.default.removeItem(at: site) }
        let run = try CLITests.run(["share", "give-first", "--platform", "twitter"], in: site)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("== X ("))
    }

    @Test("log names the contact, speaks of arguments, refuses a ref a kind does not take and calls a draft a draft")
    func log() throws {
        let site = try Self.ledgerSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let logged = try CLITests.run(["log", "shared", "grace-hopper", "give-first", "--via", "linkedin"], in: site)
        #expect(logged.stdout == "Logged for Grace Hopper: \(Self.day(offset: 0))  shared   give-first via linkedin\n")
        let met = try CLITests.run(["log", "met", "grace-hopper", "give-first"], in: site)
        #expect(met.status == 1)
        #expect(met.stderr.hasPrefix("<ref>: error: met takes no ref, but \"give-first\" was given"))
        let draft = try CLITests.run(["log", "shared", "grace-hopper", "unfinished"], in: site)
        #expect(draft.stderr.hasPrefix("<ref>: error: \"unfinished\" is a draft, not published yet"))
        let future = try CLITests.run(["log", "shared", "grace-hopper", "from-the-future"], in: site)
        #expect(future.stderr.hasPrefix("<ref>: error: \"from-the-future\" is dated 2099-01-01, not published yet"))
        let date = try CLITests.run(["log", "met", "grace-hopper", "--date", "2024-02-30"], in: site)
        #expect(date.stderr.hasPrefix("--date: error: \"2024-02-30\" has no day 30"))
    }

    @Test("--date takes today, yesterday and -3d; the timeline lines up entries with and without a time")
    func datesAndTimeline() throws {
        let site = try Self.ledgerSite()
        defer { try? FileManager.default.removeItem(at: site) }
        #expect(try CLITests.run(["log", "helped", "grace-hopper", "--date", "yesterday"], in: site).stdout.contains(Self.day(offset: -1)))
        #expect(try CLITests.run(["log", "met", "grace-hopper", "--date", "-3d"], in: site).stdout.contains(Self.day(offset: -3)))
        #expect(try CLITests.run(["log", "asked", "grace-hopper", "--date", "today"], in: site).stdout.contains(Self.day(offset: 0)))
        #expect(try CLITests.run(["log", "met", "grace-hopper", "--date", "2024-03-12T09:30:00+01:00"], in: site).status == 0)
        let show = try CLITests.run(["contacts", "show", "grace-hopper"], in: site)
        let entries = show.stdout.split(separator: "\n").filter { $0.hasPrefix("  20") }
        #expect(entries.count == 4)
        let kindColumns = Set(entries.map { $0.range(of: #"  (met|helped|asked)"#, options: .regularExpression)!.lowerBound.utf16Offset(in: $0) })
        #expect(kindColumns.count == 1, "\(entries)")
    }

    @Test("serve on a taken port says so at once and suggests --port 0")
    func takenPort() throws {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(listener) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        listen(listener, 1)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) } }
        let port = UInt16(bigEndian: address.sin_port)
        let site = try CLITests.temporarySite(copying: "yaml-site")
        defer { try? FileManager.default.removeItem(at: site) }
        let run = try CLITests.run(["serve", "--port", "\(port)"], in: site)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("--port: error: port \(port) is taken by another program — pass --port 0 for any free port"))
    }

    @Test("serve removes its preview folder when stopped with SIGTERM, as with Ctrl-C")
    func sigterm() throws {
        let site = try CLITests.temporarySite(copying: "yaml-site")
        defer { try? FileManager.default.removeItem(at: site) }
        let process = Process()
        process.executableURL = CLITests.binary
        process.arguments = ["serve", "--port", "0"]
        process.currentDirectoryURL = site
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let prefix = "goodwill-serve-\(process.processIdentifier)-"
        let temporary = FileManager.default.temporaryDirectory
        func previewFolders() -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? []).filter { $0.hasPrefix(prefix) }
        }
        let deadline = Date().addingTimeInterval(30)
        while previewFolders().isEmpty, Date() < deadline { usleep(50_000) }
        #expect(!previewFolders().isEmpty)
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        #expect(previewFolders().isEmpty)
    }

    @Test("a build removes staging folders that killed builds left beside site/, and only theirs")
    func abandonedStaging() throws {
        let site = try CLITests.temporarySite(copying: "yaml-site")
        defer { try? FileManager.default.removeItem(at: site) }
        let parent = site.appendingPathComponent("out")
        let dead = parent.appendingPathComponent(".public.tmp-2147483000")  // no such process
        let alive = parent.appendingPathComponent(".public.tmp-\(getpid())")  // this test: still running
        for folder in [dead, alive] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        let run = try CLITests.run(["build", "--output", "out/public"], in: site)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dead.path))
        #expect(FileManager.default.fileExists(atPath: alive.path))
    }

    @Test("an unknown #anchor lists the anchors the page has; the alt-text example is made from the image's own name")
    func checkHints() throws {
        let site = try CLITests.temporarySite(copying: "yaml-site")
        defer { try? FileManager.default.removeItem(at: site) }
        try "---\ntitle: Target\ndate: 2024-01-01\n---\n## First part\n\n## Second part\n"
            .write(to: site.appendingPathComponent("content/articles/target.md"), atomically: true, encoding: .utf8)
        try "---\ntitle: Hints\ndate: 2024-01-01\nsegments: [founders]\n---\nSee [it](target.md#second).\n\n![](team-photo.jpg)\n"
            .write(to: site.appendingPathComponent("content/articles/hints.md"), atomically: true, encoding: .utf8)
        let run = try CLITests.run(["check"], in: site)
        #expect(run.status == 1)
        #expect(run.stderr.contains("link to #second: content/articles/target.md has no heading with that id — did you mean #second-part? its anchors: #first-part, #second-part"), "\(run.stderr)")
        #expect(run.stderr.contains("![team photo](team-photo.jpg)"))
    }

    @Test("an image: that names no file is an error at its line, whatever the kind of path", arguments: [
        ("cover.png", "make the article a bundle"),
        ("/missing.png", "put it at static/missing.png"),
    ])
    func missingImage(image: String, hint: String) throws {
        let site = try CLITests.temporarySite(copying: "yaml-site")
        defer { try? FileManager.default.removeItem(at: site) }
        try "---\ntitle: Pic\ndate: 2024-01-01\nimage: \"\(image)\"\n---\nText.\n"
            .write(to: site.appendingPathComponent("content/articles/pic.md"), atomically: true, encoding: .utf8)
        let run = try CLITests.run(["build"], in: site)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("content/articles/pic.md:4:8: error: image \"\(image)\" does not exist — \(hint)"), "\(run.stderr)")
        // Files that exist are fine: the theme's style.css, an image under static/.
        try "x".write(to: site.appendingPathComponent("static/missing.png"), atomically: true, encoding: .utf8)
        try "---\ntitle: Pic\ndate: 2024-01-01\nimage: /missing.png\n---\nText.\n"
            .write(to: site.appendingPathComponent("content/articles/pic.md"), atomically: true, encoding: .utf8)
        #expect(try CLITests.run(["build"], in: site).status == 0)
    }

    @Test("the email snippet shows the subject's limit, not the body's, a blank line after Subject: and a greeting")
    func emailSnippet() throws {
        let site = try CLITests.temporarySite(copying: "yaml-site")
        defer { try? FileManager.default.removeItem(at: site) }
        let run = try CLITests.run(["share", "give-first", "--platform", "email"], in: site)
        #expect(run.stdout.hasPrefix("== Email (subject 15 of 78)\nSubject: Why give first?\n\nHi,\n\n"), "\(run.stdout)")
        #expect(!run.stdout.contains("100000"))
    }

    @Test("an argument error shows the subcommand's usage")
    func subcommandUsage() throws {
        let site = try CLITests.temporarySite(copying: "yaml-site")
        defer { try? FileManager.default.removeItem(at: site) }
        let share = try CLITests.run(["share", "give-first", "--platform", "myspace"], in: site)
        #expect(share.status != 0)
        #expect(share.stderr.contains("Usage: goodwill share"))
        let imports = try CLITests.run(["contacts", "import", "friendster", "x.csv"], in: site)
        #expect(imports.stderr.contains("Usage: goodwill contacts import"))
    }

    @Test("a new site's placeholders are warned about by check, build (once) and share, and the site still builds")
    func placeholders() throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("goodwill-new-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: parent) }
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        #expect(try CLITests.run(["init", "fresh"], in: parent).status == 0)
        let site = parent.appendingPathComponent("fresh")
        let check = try CLITests.run(["check"], in: site)
        #expect(check.status == 0)
        #expect(check.stdout == """
            content/articles/give-first.md: warning: this is still goodwill init's sample article — write your own, or delete the file
            goodwill.yml:2:11: warning: base_url is still a placeholder (https://example.com/): shared links and feeds will point nowhere — set it to the address the site is published at
            goodwill.yml:7:8: warning: author.bio is still goodwill init's sample — say in a line who you are and whom you help
            OK: 1 article, 1 page, 0 contacts, 0 activity rows, 3 warnings

            """)
        let build = try CLITests.run(["build"], in: site)
        #expect(build.status == 0)
        #expect(build.stderr.components(separatedBy: "base_url is still a placeholder").count == 2)  // once
        let share = try CLITests.run(["share", "give-first", "--platform", "x"], in: site)
        #expect(share.stderr.contains("base_url is still a placeholder"))
        // Set it, and the warning goes.
        let config = site.appendingPathComponent("goodwill.yml")
        try (try String(contentsOf: config, encoding: .utf8)).replacingOccurrences(of: "https://example.com/", with: "https://ada.dev/")
            .write(to: config, atomically: true, encoding: .utf8)
        #expect(!(try CLITests.run(["build"], in: site).stderr.contains("base_url")))
    }

    @Test("check reports every ledger problem in one run, in file and line order: values, duplicate ids, dates, unknown contacts and slugs together")
    func onePassLedger() throws {
        let site = try CLITests.temporarySite(copying: "yaml-site")
        defer { try? FileManager.default.removeItem(at: site) }
        try FileManager.default.createDirectory(at: site.appendingPathComponent("network"), withIntermediateDirectories: true)
        try "id,name,email\ngrace,Grace,not-an-email\ngrace,Grace Two,\nalan,,\n"
            .write(to: site.appendingPathComponent("network/contacts.csv"), atomically: true, encoding: .utf8)
        try "date,kind,contact,ref,via,note\n2024-02-30,met,grace,,,\n2024-01-01,met,nobody,,,\n2024-01-01,shared,alan,give-frist,,\n2024-01-01,met,grace,,,\n"
            .write(to: site.appendingPathComponent("network/activity.csv"), atomically: true, encoding: .utf8)
        let run = try CLITests.run(["check"], in: site)
        #expect(run.status == 1)
        let lines = run.stderr.split(separator: "\n").map(String.init)
        #expect(lines.map { $0.components(separatedBy: ": error:")[0] } == [
            "network/activity.csv:2", "network/activity.csv:3", "network/activity.csv:4",
            "network/contacts.csv:2", "network/contacts.csv:3", "network/contacts.csv:4",
        ], "\(run.stderr)")
        #expect(run.stderr.contains("network/activity.csv:4: error: column ref: no published article has the slug \"give-frist\" — closest slugs: give-first"))
        #expect(run.stderr.contains("network/contacts.csv:3: error: column id: \"grace\" is also the id on line 2"))
    }

    @Test("check reads a file with a bad date as far as it can: its broken links are reported in the same run")
    func onePassContent() throws {
        let site = try CLITests.temporarySite(copying: "yaml-site")
        defer { try? FileManager.default.removeItem(at: site) }
        try "---\ntitle: Bad\ndate: 2023-02-30\n---\nSee [a](missing.md) and [c](nowhere.md).\n"
            .write(to: site.appendingPathComponent("content/articles/bad.md"), atomically: true, encoding: .utf8)
        // And the ledger is still checked against the articles that can be read.
        try FileManager.default.createDirectory(at: site.appendingPathComponent("network"), withIntermediateDirectories: true)
        try "id,name\ngrace,Grace\n".write(to: site.appendingPathComponent("network/contacts.csv"), atomically: true, encoding: .utf8)
        try "date,kind,contact,ref,via,note\n2024-01-01,shared,grace,give-frist,,\n"
            .write(to: site.appendingPathComponent("network/activity.csv"), atomically: true, encoding: .utf8)
        let run = try CLITests.run(["check"], in: site)
        #expect(run.status == 1)
        let lines = run.stderr.split(separator: "\n").map { $0.components(separatedBy: ": error:")[0] }
        #expect(lines == ["content/articles/bad.md:3:7", "content/articles/bad.md:5:5", "content/articles/bad.md:5:25",
                          "network/activity.csv:2"], "\(run.stderr)")
    }

    @Test("contacts token names the contact a utm_content token belongs to, from a token or a whole link")
    func tokenLookup() throws {
        let site = try SuggestCLITests.site()
        defer { try? FileManager.default.removeItem(at: site) }
        let json = try SuggestCLITests.json(try CLITests.run(["suggest", "--as-of", "2024-07-01", "--format", "json"], in: site))
        let first = try #require((json["suggestions"] as? [[String: Any]])?.first)
        let url = try #require(first["url"] as? String)
        let token = String(url.split(separator: "=").last!)
        let byURL = try CLITests.run(["contacts", "token", url], in: site)
        #expect(byURL.stdout == "\(token): \(first["name"] as! String) (\(first["contact"] as! String))\n", "\(byURL.stderr)")
        #expect(try CLITests.run(["contacts", "token", token.uppercased()], in: site).stdout == byURL.stdout)
        let unknown = try CLITests.run(["contacts", "token", "000000000000"], in: site)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.hasPrefix("<token-or-url>: error: \"000000000000\" belongs to no contact"))
    }
}
