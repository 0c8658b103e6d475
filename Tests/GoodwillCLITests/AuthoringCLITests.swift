import Foundation
import Testing

@Suite("goodwill init and new")
struct AuthoringCLITests {
    static func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("goodwill-init-\(UUID().uuidString)")
    }

    @Test("init writes a site that builds at once, with a .gitignore for network/ and reports/")
    func initBuilds() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let created = try CLITests.run(["init", folder.path, "--title", "Test Person"])
        #expect(created.status == 0, "\(created.stderr)")
        let gitignore = try String(contentsOf: folder.appendingPathComponent(".gitignore"), encoding: .utf8)
        #expect(gitignore.split(separator: "\n").contains("network/"))
        #expect(gitignore.split(separator: "\n").contains("reports/"))
        let build = try CLITests.run(["build", "--source", folder.path])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stdout.hasPrefix("Built 1 article, 1 page"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("site/for/founders/index.html").path))
        let again = try CLITests.run(["init", folder.path])
        #expect(again.status == 1)
        #expect(again.stderr.contains("the folder is not empty"))
    }

    @Test("new article writes a draft with today's date, refuses to overwrite, and rejects undeclared segments")
    func newArticle() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try CLITests.run(["init", folder.path])
        let created = try CLITests.run(["new", "article", "Why give first?", "--source", folder.path, "--segment", "founders", "--tag", "Trust"])
        #expect(created.status == 0, "\(created.stderr)")
        let text = try String(contentsOf: folder.appendingPathComponent("content/articles/why-give-first.md"), encoding: .utf8)
        #expect(text.hasPrefix("---\ntitle: \"Why give first?\"\ndate: 20"))
        #expect(text.contains("segments: [\"founders\"]\ntags: [\"Trust\"]\ndraft: true\n"))
        let overwrite = try CLITests.run(["new", "article", "Why give first?", "--source", folder.path])
        #expect(overwrite.status == 1)
        #expect(overwrite.stderr.contains("already exists"))
        let undeclared = try CLITests.run(["new", "article", "Other", "--source", folder.path, "--segment", "founder"])
        #expect(undeclared.status == 1)
        #expect(undeclared.stderr.hasPrefix("--segment: error: segment \"founder\" is not declared in goodwill.yml — did you mean \"founders\"?"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("content/articles/other.md").path))
        let drafts = try CLITests.run(["build", "--source", folder.path, "--drafts"])
        #expect(drafts.stdout.hasPrefix("Built 2 articles"), "\(drafts.stderr)")
    }
}

@Suite("goodwill check")
struct CheckCLITests {
    @Test("check reports anchors, alt text and share texts as file:line:column errors, and warnings, without writing")
    func problems() throws {
        let site = try CLITests.temporarySite(copying: "yaml-site")
        defer { try? FileManager.default.removeItem(at: site) }
        try """
            ---
            title: Checked
            date: 2024-01-01
            share:
              x: "\(String(repeating: "long ", count: 60))"
            ---
            See [ties](bonding-ties.md#nowhere) and [here](#also-missing) and [fine](../pages/about.md#team).

            ![](map.png)

            ## Real heading
            """.write(to: site.appendingPathComponent("content/articles/checked.md"), atomically: true, encoding: .utf8)
        let run = try CLITests.run(["check", "--source", site.path])
        #expect(run.status == 1)
        let lines = run.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("content/articles/checked.md:5:6: error: share text for X is") })
        #expect(lines.contains { $0.hasPrefix("content/articles/checked.md:7:5: error: link to #nowhere: content/articles/bonding-ties.md has no heading with that id") })
        #expect(lines.contains { $0.hasPrefix("content/articles/checked.md:7:41: error: link to #also-missing: content/articles/checked.md has no heading with that id") })
        #expect(lines.contains { $0.hasPrefix("content/articles/checked.md:9:1: error: image map.png has no alt text") })
        #expect(!run.stderr.contains("#team"))
        #expect(run.stdout.contains("content/articles/checked.md:1:1: warning: article serves no segment"))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("site").path))
    }
}

@Suite("goodwill init and check, on what they used to miss")
struct InitAndCheckTests {
    @Test("init with quotes and a backslash in the title makes a site whose first build works")
    func quotedTitle() throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("goodwill-init-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: parent) }
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        let title = #"A "B" \ C"#
        #expect(try CLITests.run(["init", "my-site", "--title", title], in: parent).status == 0)
        let site = parent.appendingPathComponent("my-site")
        let build = try CLITests.run(["build"], in: site)
        #expect(build.status == 0, "\(build.stderr)")
        let home = try String(contentsOf: site.appendingPathComponent("site/index.html"), encoding: .utf8)
        #expect(home.contains("<title>A &quot;B&quot; \\ C</title>"))
    }

    @Test("check reports an alias that would replace the tags index, with its line, and exits non-zero")
    func aliasOverTags() throws {
        let site = try CLITests.temporarySite(copying: "yaml-site")
        defer { try? FileManager.default.removeItem(at: site) }
        try "---\ntitle: Moved\ndate: 2024-01-01\naliases: [/tags/]\n---\nText.\n"
            .write(to: site.appendingPathComponent("content/articles/moved.md"), atomically: true, encoding: .utf8)
        let run = try CLITests.run(["check"], in: site)
        #expect(run.status == 1)
        #expect(run.stderr.contains("content/articles/moved.md:4:11: error: alias \"/tags/\" would replace tags/index.html, which this site's build writes itself"))
    }

    @Test("a typo in the share: section stops check and build with the closest setting")
    func shareTypo() throws {
        let site = try CLITests.temporarySite(copying: "yaml-site")
        defer { try? FileManager.default.removeItem(at: site) }
        let config = site.appendingPathComponent("goodwill.yml")
        try (try String(contentsOf: config, encoding: .utf8) + "share: {kitt: false}\n").write(to: config, atomically: true, encoding: .utf8)
        for command in ["check", "build"] {
            let run = try CLITests.run([command], in: site)
            #expect(run.status == 1)
            #expect(run.stderr.hasPrefix("goodwill.yml:9:9: error: `share` has no setting \"kitt\" — did you mean \"kit\"?"), "\(run.stderr)")
        }
    }

    @Test("a misspelt top-level section stops every command at its line with the closest key, and writes nothing")
    func topLevelTypo() throws {
        let site = try CLITests.temporarySite(copying: "yaml-site")
        defer { try? FileManager.default.removeItem(at: site) }
        let config = site.appendingPathComponent("goodwill.yml")
        try (try String(contentsOf: config, encoding: .utf8) + "shar: {kit: false}\n").write(to: config, atomically: true, encoding: .utf8)
        for command in [["check"], ["build"], ["log", "helped", "x"], ["suggest"]] {
            let run = try CLITests.run(command, in: site)
            #expect(run.status == 1)
            #expect(run.stderr.hasPrefix("goodwill.yml:9:1: error: goodwill.yml has no setting \"shar\" — did you mean \"share\"?"),
                    "\(command): \(run.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("site").path))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("network").path))
    }

    @Test("a segment setting is checked by the module that owns it: a misspelt match: names the ledger's and insight's settings")
    func segmentSettingTypo() throws {
        let site = try LedgerCLITests.site()
        defer { try? FileManager.default.removeItem(at: site) }
        let config = site.appendingPathComponent("goodwill.yml")
        let text = try String(contentsOf: config, encoding: .utf8)
        try text.replacingOccurrences(of: "    match: {position: [\"(?i)founder|ceo|co-founder\"]}", with: "    mach: {position: [\"(?i)founder\"]}")
            .write(to: config, atomically: true, encoding: .utf8)
        let run = try CLITests.run(["build"], in: site)
        #expect(run.status == 1)
        #expect(run.stderr.contains("error: `segments.founders` has no setting \"mach\" — did you mean \"match\"? its settings: title, description, match, cadence_days"),
                "\(run.stderr)")
    }
}
