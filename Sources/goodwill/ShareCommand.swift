import ArgumentParser
import Core
import Foundation
import Ledger
import Share
import Workspace

struct ShareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "share",
        abstract: "Print an article's share-ready text for each platform, or a personal message for one contact.",
        discussion: """
        Each text fits its platform as the platform counts it (X weighs links as 23 and most emoji and CJK as 2; Bluesky counts what a reader sees; Mastodon counts links as 23) and carries a link with utm_source, utm_medium and utm_campaign.

        With --contact, one message for that person on one channel (--via; default email when the ledger has their address, else linkedin): their first name, who the article is for in the words of the segment's description, the title and summary, a link with utm_medium email or message and utm_content, an opaque token (a keyed hash of the contact's id with the secret in network/.share-secret) that reveals nothing about them, and your first name. The wording is templates/message.mustache when the site has one. --log records the shared row in the same step.

        Examples:
          goodwill share give-before-you-ask --platform x
          goodwill share give-before-you-ask --contact lena-okafor --log
          goodwill share give-before-you-ask --contact tomas-reyes --via linkedin
        """
    )

    @OptionGroup var site: SiteLocation

    @Argument(help: ArgumentHelp("The article's slug.", valueName: "slug"))
    var slug: String

    @Option(help: ArgumentHelp("Only this platform: linkedin, x, mastodon, bluesky, facebook or email.", valueName: "platform"))
    var platform: String?

    @Option(help: ArgumentHelp("A contact's id, for a personal message with a tokened link.", valueName: "id"))
    var contact: String?

    @Option(help: ArgumentHelp("With --contact: the channel, email, linkedin, x, mastodon, bluesky or facebook (default: email when the contact has an address, else linkedin).", valueName: "channel"))
    var via: String?

    @Flag(help: "With --contact: record the shared row in network/activity.csv in the same step.")
    var log = false

    @Option(parsing: .unconditional, help: ArgumentHelp("With --log: when it was sent, YYYY-MM-DD, today, yesterday or -3d (default: today).", valueName: "date"))
    var date: String?

    @Flag(help: "Print JSON.")
    var json = false

    /// Argument mistakes are found here, so the error shows this command's usage.
    func validate() throws {
        for (option, value) in [("platform", platform), ("via", via)] {
            if let value, Platform(named: value) == nil {
                throw ValidationError("unknown \(option == "via" ? "channel" : "platform") \"\(value)\": use one of \(Platform.allCases.map(\.rawValue).joined(separator: ", ")) (or twitter for x)")
            }
        }
        if contact == nil {
            for (flag, given) in [("--via", via != nil), ("--log", log), ("--date", date != nil)] where given {
                throw ValidationError("\(flag) is for a personal message: add --contact <id>")
            }
        } else if platform != nil {
            throw ValidationError("a personal message goes by one channel: use --via instead of --platform with --contact")
        }
        if date != nil, !log { throw ValidationError("--date is the date of the logged row: add --log") }
    }

    func run() throws {
        let workspace = try site.open()
        let platforms = platform.flatMap(Platform.init(named:)).map { [$0] } ?? Platform.allCases
        for warning in workspace.shareWarnings() { FileHandle.standardError.write(Data("\(warning)\n".utf8)) }
        do {
            if let contact {
                let share = try workspace.personalShare(of: slug, to: contact, on: via.flatMap(Platform.init(named:)),
                                                        logDate: log ? (date ?? "today") : nil)
                try printPersonal(share)
                return
            }
            let snippets = try workspace.snippets(of: slug, on: platforms)
            if json {
                print(try Self.json(snippets))
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

    private static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// One message for one contact, printed (or as JSON), and the logged row said on stderr.
    private func printPersonal(_ share: PersonalShare) throws {
        let (person, message) = (share.contact, share.message)
        // Header lines may be piped to `sendmail -t`: a line break in a name would add a header.
        let (name, email) = (OneLine.clean(person.name), OneLine.clean(person.email))
        if json {
            print(try Self.json(message))
        } else {
            if share.channel == .email {
                print("To: \(name)" + (email.isEmpty ? " (no email in the ledger)" : " <\(email)>"))
                print("Subject: \(OneLine.clean(message.subject ?? ""))\n")
            } else {
                print("To: \(name), by \(share.channel.displayName) message (\(message.length) of \(message.limit))\n")
            }
            print(message.text)
        }
        if let logged = share.logged {
            FileHandle.standardError.write(Data("Logged for \(person.name): \(TimelineLine(logged, viewedFrom: person.id).text)\n".utf8))
            for warning in share.warnings { FileHandle.standardError.write(Data("warning: \(warning)\n".utf8)) }
        }
    }
}
