import Core
import Foundation
import Testing
@testable import Share
import Site

/// The message `goodwill share <slug> --contact <id>` writes: one person, one channel.
@Suite("Personal messages")
struct PersonalMessageTests {
    static func article(in root: URL) throws -> (RenderedDocument, ShareSource, SiteConfig) {
        let config = try ConfigLoader.load(siteRoot: root)
        let article = try PublishedArticles.find("give-first", in: root, config: config, today: Today(instant: 1_764_000_000, timeZone: TimeZone(secondsFromGMT: 0)!))
        return (article, ShareKit.source(for: article, config: config).source, config)
    }

    static func write(_ recipient: Recipient, on channel: Platform? = nil, in root: URL) throws -> PersonalMessage {
        let (article, source, config) = try article(in: root)
        let template = try MessageTemplate.load(siteRoot: root, config: config)
        return PersonalMessage.write(for: article, source: source, to: recipient, on: channel ?? (recipient.email.isEmpty ? .linkedin : .email),  // as Contact.defaultChannel picks
                                     config: config, template: template)
    }

    @Test("real first name, who it is for in the segment's words, summary, a link marked email, the author's first name")
    func email() throws {
        let root = try ShareKitTests.site()
        defer { try? FileManager.default.removeItem(at: root) }
        let ngozi = Recipient(name: "Dr. Ngozi Adeyemi", email: "ngozi@example.org", segments: ["founders"], token: "abc123abc123")
        let message = try Self.write(ngozi, in: root)
        #expect(message.channel == .email)
        #expect(message.email == "ngozi@example.org")
        #expect(message.subject == "Why give first?")
        #expect(message.text == """
            Hi Ngozi,

            I wrote this for early-stage founders selling their first deals, and thought of you.

            Why give first? — Giving before asking is how trust starts. This paragraph is before the marker.

            https://fixture.example/articles/give-first/?utm_source=email&utm_medium=email&utm_campaign=give-first&utm_content=abc123abc123

            Best,
            Fixture
            """)
        #expect(!message.text.contains("founders,") && !message.text.contains("Founders"))  // never the label
    }

    @Test("without an email the message goes by LinkedIn, marked as a message; names in any script; no segment, no claim")
    func linkedIn() throws {
        let root = try ShareKitTests.site()
        defer { try? FileManager.default.removeItem(at: root) }
        let message = try Self.write(Recipient(name: "Prof. 山田 太郎", segments: [], token: "t0k3nt0k3n00"), in: root)
        #expect(message.channel == .linkedin)
        #expect(message.text.hasPrefix("Hi 山田,\n\nI thought of you when I wrote this.\n"))
        #expect(message.url.contains("utm_source=linkedin&utm_medium=message&"))
        #expect(message.text.hasSuffix("\n\nFixture"))
        #expect(message.limit == 8_000)
    }

    @Test("within the channel's limit: a long summary gives way first on Mastodon's 500", arguments: [Platform.mastodon, .bluesky, .x])
    func limits(channel: Platform) throws {
        let root = try ShareKitTests.site()
        defer { try? FileManager.default.removeItem(at: root) }
        let long = String(repeating: "Useful giving compounds into trust over many months. ", count: 40)
        try "---\ntitle: \"Why give first?\"\ndate: 2024-03-12\nsegments: [founders]\nsummary: \"\(long)\"\n---\nBody.\n"
            .write(to: root.appendingPathComponent("content/articles/give-first.md"), atomically: true, encoding: .utf8)
        let message = try Self.write(Recipient(name: "Ana Lima", segments: ["founders"], token: "abc123abc123"), on: channel, in: root)
        #expect(message.length <= channel.messageLimit)
        #expect(message.length == channel.count(message.text))
        #expect(message.text.contains("utm_content=abc123abc123"))
        #expect(message.text.hasPrefix("Hi Ana,"))
        if channel == .mastodon { #expect(message.text.contains("…")) }
    }

    @Test("templates/message.mustache changes the wording; a syntax error in it names its line")
    func template() throws {
        let root = try ShareKitTests.site()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try "Hello {{first_name}} & co — {{title}} {{url}}\n-- {{author_name}}\n"
            .write(to: root.appendingPathComponent("templates/message.mustache"), atomically: true, encoding: .utf8)
        let message = try Self.write(Recipient(name: "Ana Lima", segments: [], token: "abc123abc123"), on: .linkedin, in: root)
        #expect(message.text.hasPrefix("Hello Ana & co — Why give first? https://"))  // plain text: no &amp;
        #expect(message.text.hasSuffix("\n-- Fixture Writer"))
        try "Hi {{first_name}}\n{{#title}}\n{{/url}}\n".write(to: root.appendingPathComponent("templates/message.mustache"), atomically: true, encoding: .utf8)
        let config = try ConfigLoader.load(siteRoot: root)
        #expect(throws: Diagnostic.self) { try MessageTemplate.load(siteRoot: root, config: config) }
        do {
            _ = try MessageTemplate.load(siteRoot: root, config: config)
        } catch {
            #expect(error.description.hasPrefix("templates/message.mustache:3:"), "\(error)")
        }
    }

    @Test("docs/share.md lists every value message.mustache sees, and no other")
    func documentedValues() throws {
        let doc = try String(contentsOf: DocumentedVariablesTests.repo.appendingPathComponent("docs/share.md"), encoding: .utf8)
        let table = try #require(doc.components(separatedBy: "are collapsed. Its values:").last?.components(separatedBy: "The built-in template").first)
        let documented = table.split(separator: "\n").filter { $0.hasPrefix("| `") }
            .flatMap { row in row.split(separator: "|")[0].matches(of: /`([^`]+)`/).map { String($0.output.1) } }
        #expect(documented.count == 10)
        #expect(Set(documented) == Set(MessageValues.keys))
    }
}
