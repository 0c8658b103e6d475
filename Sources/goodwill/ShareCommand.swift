import ArgumentParser
import Core
import Foundation
import Ledger
import Share
import Site

struct ShareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "share",
        abstract: "Print an article's share-ready text for each platform, or a personal message for one contact.",
        discussion: """
        Each text fits its platform as the platform counts it (X weighs links as 23 and most emoji and CJK as 2; Bluesky counts what a reader sees; Mastodon counts links as 23) and carries a link with utm_source, utm_medium and utm_campaign. With --contact, the message greets the contact by first name, says why the article fits them, and adds utm_content: an opaque token (a keyed hash of the contact's id with the secret in network/.share-secret) that reveals nothing about them.
        """
    )

    @OptionGroup var site: SiteLocation

    @Argument(help: ArgumentHelp("The article's slug.", valueName: "slug"))
    var slug: String

    @Option(help: ArgumentHelp("Only this platform: linkedin, x, mastodon, bluesky, facebook or email.", valueName: "platform"))
    var platform: String?

    @Option(help: ArgumentHelp("A contact's id, for a personal message with a tokened link.", valueName: "id"))
    var contact: String?

    @Flag(help: "Print JSON.")
    var json = false

    /// Argument mistakes are found here, so the error shows this command's usage.
    func validate() throws {
        if let platform, Platform(named: platform) == nil {
            throw ValidationError("unknown platform \"\(platform)\": use one of \(Platform.allCases.map(\.rawValue).joined(separator: ", ")) (or twitter for x)")
        }
    }

    func run() throws {
        let config = try site.config()
        let platforms = platform.flatMap(Platform.init(named:)).map { [$0] } ?? Platform.allCases
        for warning in SetupWarnings.check(config, siteRoot: site.root) where warning.message.hasPrefix("base_url") {
            FileHandle.standardError.write(Data("\(warning)\n".utf8))
        }
        do {
            let article = try PublishedArticles.find(slug, in: site.root, config: config)
            let (source, errors) = ShareKit.source(for: article, config: config)
            if !errors.isEmpty { throw Diagnostics(errors) }
            var snippets: [ShareSnippet]
            if let contact {
                let store = try site.ledgerStore(config)
                let person = try store.load().requireContact(contact, argument: "--contact")
                let token = ContactToken(secret: try ContactToken.secret(inNetworkFolder: store.files.root)).token(for: person.id)
                let recipient = Recipient(firstName: person.firstName, segments: person.segments, token: token)
                snippets = SnippetWriter.personal(for: article, source: source, to: recipient, on: platforms, config: config)
            } else {
                snippets = try platforms.map { platform throws -> ShareSnippet in try SnippetWriter.snippet(for: source, on: platform) }
            }
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(snippets), as: UTF8.self))
            } else {
                for snippet in snippets {
                    if let subject = snippet.subject {
                        // An email's body has no limit worth showing; its subject has one.
                        print("== \(snippet.platform.displayName) (subject \(TextLength.utf16(subject)) of \(Platform.emailSubjectLimit))")
                        print("Subject: \(subject)\n")
                    } else {
                        print("== \(snippet.platform.displayName) (\(snippet.length) of \(snippet.platform.generatedLimit))")
                    }
                    print(snippet.text + "\n")
                }
            }
        } catch {
            throw CLIFailure.report(error)
        }
    }
}
