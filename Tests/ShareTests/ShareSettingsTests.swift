import Core
import Foundation
import Testing
@testable import Share
import Site

@Suite("The share: section")
struct ShareSettingsTests {
    static func config(_ share: String) throws -> SiteConfig {
        try ConfigLoader.parse("title: \"T\"\nbase_url: \"https://t.example/\"\n\(share)\n", file: "goodwill.yml", otherKeys: ConfigKeys(sections: [ShareSettings.section]))
    }

    @Test("a typo in share: stops the build at its line with the closest setting, before anything is written")
    func typo() throws {
        let root = try ShareKitTests.site()
        defer { try? FileManager.default.removeItem(at: root) }
        let config = root.appendingPathComponent("goodwill.yml")
        try (try String(contentsOf: config, encoding: .utf8) + "share: {kitt: false}\n").write(to: config, atomically: true, encoding: .utf8)
        do {
            try ShareKitTests.build(root)
            Issue.record("the build did not fail")
        } catch let problems as Diagnostics {
            #expect(problems.items.map(\.description) == [
                "goodwill.yml:9:9: error: `share` has no setting \"kitt\" — did you mean \"kit\"? its settings: kit, mastodon_instance",
            ])
        }
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("site").path))
    }

    @Test("kit and mastodon_instance are read; a wrong kind of value is an error")
    func values() throws {
        let settings = try ShareSettings.parse(try Self.config("share: {kit: false, mastodon_instance: hachyderm.io}"))
        #expect(!settings.kit)
        #expect(settings.mastodonInstance == "hachyderm.io")
        #expect(try ShareSettings.parse(try Self.config("")) == ShareSettings())
        #expect(throws: Diagnostic.self) { try ShareSettings.parse(try Self.config("share: {kit: maybe}")) }
        #expect(throws: Diagnostic.self) { try ShareSettings.parse(try Self.config("share: true")) }
    }

    @Test("Site's own templates do not include the share page: the share kit brings it")
    func templateOwnedByShare() throws {
        let root = try ShareKitTests.site()
        defer { try? FileManager.default.removeItem(at: root) }
        try ShareKitTests.build(root)
        let page = try String(contentsOf: root.appendingPathComponent("site/share/give-first/index.html"), encoding: .utf8)
        #expect(page.contains("<h1>Share “"))
        #expect(ShareKit().templates.keys.sorted() == ["share"])
    }
}
