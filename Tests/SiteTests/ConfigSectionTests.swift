import Core
import Foundation
import Testing
@testable import Site

/// A typo in a section Site owns is an error at its line with the closest setting; it used to
/// be ignored silently.
@Suite("Config sections are typed")
struct ConfigSectionTests {
    static let base = "title: \"T\"\nbase_url: \"https://t.example/\"\n"

    @Test("an unknown setting names the file, line, column and the closest known setting", arguments: [
        ("feed: {limt: 5}", "goodwill.yml:3:8: error: `feed` has no setting \"limt\" — did you mean \"limit\"? its settings: full_content, limit"),
        ("markdown:\n  unsafe_htm: true", "goodwill.yml:4:3: error: `markdown` has no setting \"unsafe_htm\" — did you mean \"unsafe_html\"? its settings: unsafe_html, highlight"),
        ("author: {name: A, emial: a@b.c}", "goodwill.yml:3:19: error: `author` has no setting \"emial\" — did you mean \"email\"? its settings: name, email, url, bio, mastodon, profiles"),
        ("segments:\n  founders: {title: F, descripton: x}", "goodwill.yml:4:24: error: `segments.founders` has no setting \"descripton\" — did you mean \"description\"? its settings: title, description, match, cadence_days"),
    ])
    func unknownSetting(yaml: String, expected: String) throws {
        do {
            // The ledger's and the insight layer's segment settings, as the application layer registers them.
            _ = try ConfigLoader.parse(Self.base + yaml + "\n", file: "goodwill.yml", otherKeys: ConfigKeys(segmentSettings: ["match", "cadence_days"]))
            Issue.record("no error for \(yaml)")
        } catch {
            #expect(error.description == expected)
        }
    }

    @Test("the user's own template values live under extra:, and other modules' sections are kept whole")
    func extraKeys() throws {
        let config = try ConfigLoader.parse(Self.base + "extra: {twitter: \"@t\"}\nshare: {kit: false}\n", file: "goodwill.yml",
                                            otherKeys: ConfigKeys(sections: ["share"]))
        #expect(config.extra?["twitter"]?.text == "@t")
        #expect(config.extra?["share"] == nil)  // the share kit's section is not a template value
        #expect(config.document["share"]?["kit"]?.value == .bool(false))
    }

    @Test("a top-level key nobody owns is an error at its line, with the closest known key", arguments: [
        // `shar:` used to become site.extra.shar, silently: the share kit never saw it.
        ("shar: {kit: false}", ["share"],
         "goodwill.yml:3:1: error: goodwill.yml has no setting \"shar\" — did you mean \"share\"? put values of your own for templates under extra: (extra: {shar: …}, read as site.extra.shar)"),
        ("titel: \"X\"", ["share"],
         "goodwill.yml:3:1: error: goodwill.yml has no setting \"titel\" — did you mean \"title\"? put values of your own for templates under extra: (extra: {titel: …}, read as site.extra.titel)"),
        // Without the share kit registered, `share:` is nobody's.
        ("share: {kit: false}", [],
         "goodwill.yml:3:1: error: goodwill.yml has no setting \"share\" — put values of your own for templates under extra: (extra: {share: …}, read as site.extra.share)"),
    ])
    func unknownTopLevelKey(yaml: String, otherSections: [String], expected: String) throws {
        do {
            _ = try ConfigLoader.parse(Self.base + yaml + "\n", file: "goodwill.yml", otherKeys: ConfigKeys(sections: otherSections))
            Issue.record("no error for \(yaml)")
        } catch {
            #expect(error.description == expected)
        }
    }
}
