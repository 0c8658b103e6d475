import ArgumentParser
import Core
import Foundation
import Ledger
import Workspace

/// A contact's consent in words, for `contacts show` and the commands that change it.
enum ConsentWords {
    static func describe(_ consent: EmailConsent) -> String {
        switch consent {
        case .unknown: return ""
        case .optedIn(let day): return "opted in on \(day.text)"
        case .unsubscribed(let day): return "unsubscribed on \(day.text): never emailed a digest"
        }
    }

    /// `Ava Stone (ava-stone): unsubscribed on …`, or `already …` when nothing changed.
    static func line(_ record: LedgerStore.ConsentRecord) -> String {
        "\(record.contact.name) (\(record.contact.id)): " + (record.changed ? describe(record.contact.consent) : "already \(describe(record.before))")
    }
}

/// The ids or addresses a consent command names: its arguments, and the lines of `--file`
/// (`Name <a@b>` lines, as copied from a mail client's list of "no more" replies).
struct ConsentNames: ParsableArguments {
    @Argument(help: ArgumentHelp("Contact ids or email addresses.", valueName: "id-or-email")) var names: [String] = []
    @Option(help: ArgumentHelp("Read more ids or addresses from a file, one per line (# starts a comment).", valueName: "file")) var file: String?

    func validate() throws {
        if names.isEmpty && file == nil { throw ValidationError("name at least one contact, or give --file") }
    }

    func all() throws -> [String] {
        var all = names
        if let file {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw Diagnostic(argument: "--file", message: "cannot read \(file)", hint: "check the path")
            }
            all += String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
        }
        return all
    }
}

extension ContactsCommand {
    struct OptIn: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "opt-in",
            abstract: "Record that contacts agreed to get your digest.",
            discussion: "Only contacts who opted in get a digest (or every contact of a segment whose digest_consent is segment in goodwill.yml). An unsubscribe stands: opting in someone who unsubscribed needs --they-asked. Example: goodwill contacts opt-in lena-okafor ana@example.org")

        @OptionGroup var site: SiteLocation
        @OptionGroup var contacts: ConsentNames
        @Flag(name: .customLong("they-asked"), help: "They unsubscribed before and asked to get the digest again.") var theyAsked = false
        @Option(name: .customLong("as-of"), help: ArgumentHelp("The day it was given, YYYY-MM-DD (default: today).", valueName: "date")) var asOf: String?

        func run() throws {
            let workspace = try site.open(asOf: asOf)
            do {
                let records = try workspace.store.recordConsent(try contacts.all(), .optIn(theyAsked: theyAsked), on: workspace.today.day)
                for record in records { print(ConsentWords.line(record)) }
            } catch {
                throw CLIFailure.report(error, arguments: ["id": "<id-or-email>"])
            }
        }
    }

    struct Unsubscribe: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record that contacts want no more digests: forever, whatever an import or a segment says.",
            discussion: "Name contacts by id or by any of their addresses; --file takes a list, one per line, such as the senders of \"no more\" replies copied from your mail client. Example: goodwill contacts unsubscribe lena-okafor --file no-more.txt")

        @OptionGroup var site: SiteLocation
        @OptionGroup var contacts: ConsentNames
        @Option(name: .customLong("as-of"), help: ArgumentHelp("The day they said so, YYYY-MM-DD (default: today).", valueName: "date")) var asOf: String?

        func run() throws {
            let workspace = try site.open(asOf: asOf)
            do {
                let records = try workspace.store.recordConsent(try contacts.all(), .unsubscribe, on: workspace.today.day)
                for record in records { print(ConsentWords.line(record)) }
                let changed = records.filter(\.changed).count
                print("\(changed) unsubscribed, \(records.count - changed) already were")
            } catch {
                throw CLIFailure.report(error, arguments: ["id": "<id-or-email>"])
            }
        }
    }

    struct Restore: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Let imports bring back a contact you removed.",
            discussion: "Forgets the contact's entry in network/removed.csv; the next import that has them creates them again. Example: goodwill contacts restore lena-okafor")

        @OptionGroup var site: SiteLocation
        @Argument(help: ArgumentHelp("The removed contact's id.", valueName: "id")) var id: String

        func run() throws {
            let workspace = try site.open()
            do {
                let tombstone = try workspace.store.restoreContact(id)
                print("Restored \(tombstone.id): the next import that has \(tombstone.name) brings them back")
            } catch {
                throw CLIFailure.report(error, arguments: ["id": "<id>"])
            }
        }
    }

    struct Duplicates: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List contacts that may be one person (the same name and company), with the merge command.",
            discussion: "Namesakes with their own profiles on one network are never listed: they are two people.")

        @OptionGroup var site: SiteLocation

        func run() throws {
            let workspace = try site.open()
            let ledger = try LedgerLoading.load(workspace)
            let pairs = LikelyDuplicate.find(in: ledger.contacts)
            for pair in pairs { print("\(pair.drop) may be \(pair.keep): \(pair.because) — \(pair.mergeCommand)") }
            print(pairs.isEmpty ? "No likely duplicates" : "\(pairs.count) likely duplicate\(pairs.count == 1 ? "" : "s")")
        }
    }
}
