import ArgumentParser
import Core
import Foundation
import Ledger
import Workspace
import Share
import Site

struct ContactsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contacts",
        abstract: "Import, list, show, add, edit, merge and remove the contacts in the private ledger (network/contacts.csv).",
        subcommands: [Import.self, List.self, Show.self, Add.self, Edit.self, Merge.self, Remove.self, Restore.self, Duplicates.self, Unmatched.self, Adopt.self,
                      OptIn.self, Unsubscribe.self, Token.self]
    )

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Merge contacts from an export into network/contacts.csv.",
            discussion: """
            Formats: linkedin (Connections.csv), vcard (.vcf, 3.0 and 4.0), google (Google Contacts CSV), csv (Goodwill's own columns). A contact already in the ledger is matched on any of its profile URLs, then any of its emails, then name and company (never when they have different profiles on one network, or no address in common: namesakes at one company stay apart, and are reported as likely duplicates); new addresses and profiles are added to the contact. Importing the same file twice changes nothing; what you set or cleared by hand, and consent, are never changed; contacts you removed are left out. New contacts get segments from the match: rules in goodwill.yml.
            """
        )

        @OptionGroup var site: SiteLocation

        @Argument(help: ArgumentHelp("linkedin, vcard, google or csv.", valueName: "format"))
        var format: String

        @Argument(help: ArgumentHelp("The exported file.", valueName: "file"))
        var file: String

        /// Argument mistakes are found here, so the error shows this command's usage.
        func validate() throws {
            guard ImportFormat(rawValue: format.lowercased()) != nil else {
                throw ValidationError("unknown format \"\(format)\": use one of \(ImportFormat.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }

        func run() throws {
            let importFormat = ImportFormat(rawValue: format.lowercased())!
            let workspace = try site.open()
            do {
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: file, isDirectory: &isFolder), isFolder.boolValue || file.lowercased().hasSuffix(".zip") {
                    throw Diagnostic(file: file, message: "is a whole export, not one file of contacts",
                                     hint: "goodwill import linkedin-export \(file) imports its connections and the conversations in its messages")
                }
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw Diagnostic(file: file, message: "cannot read this file", hint: "check the path")
                }
                let batch = try importFormat.parse(String(decoding: data, as: UTF8.self), file: file)
                let summary = try workspace.store.importContacts(batch)
                print("Imported \(file): \(summary)")
                for name in summary.ambiguous {
                    print("note: skipped \(name): several contacts have this name and company, and the row has no profile URL or email to tell which — add the row by hand or give it a URL")
                }
                if !summary.removed.isEmpty {
                    print("note: left out \(summary.removed.count) contact\(summary.removed.count == 1 ? "" : "s") you removed: \(summary.removed.joined(separator: ", ")) — goodwill contacts restore ID lets the next import bring one back")
                }
                for duplicate in summary.likelyDuplicates {
                    print("note: \(duplicate.drop) may be \(duplicate.keep): \(duplicate.because) — if they are one person: \(duplicate.mergeCommand)")
                }
            } catch {
                throw CLIFailure.report(error, arguments: ["file": "<file>"])
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List contacts, optionally those of one segment.")

        @OptionGroup var site: SiteLocation

        @Option(help: ArgumentHelp("Only contacts in this segment.", valueName: "slug"))
        var segment: String?

        @Flag(help: "Print JSON instead of a table.")
        var json = false

        func run() throws {
            let workspace = try site.open()
            if let segment {
                do { _ = try workspace.requireSegment(segment) } catch { throw CLIFailure.report(error) }
            }
            let ledger = try LedgerLoading.load(workspace)
            let contacts = ledger.contacts.filter { segment == nil || $0.segments.contains(segment!) }
            if json {
                print(ContactJSON.encode(contacts))
            } else {
                print(Table(["ID", "NAME", "COMPANY", "SEGMENTS"],
                            contacts.map { [$0.id, $0.name, $0.company, $0.segments.joined(separator: ", ")] }).text)
                print("\(contacts.count) contact\(contacts.count == 1 ? "" : "s")")
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one contact's profile and the timeline of what happened.")

        @OptionGroup var site: SiteLocation

        @Argument(help: ArgumentHelp("The contact's id.", valueName: "id"))
        var id: String

        func run() throws {
            let workspace = try site.open()
            let ledger = try LedgerLoading.load(workspace)
            let contact: Contact
            do { contact = try ledger.requireContact(id, field: "id") } catch { throw CLIFailure.report(error, arguments: ["id": "<id>"]) }
            let profile: [(String, String)] = [
                ("Name", contact.name), ("Email", contact.email), ("Also", contact.otherEmails.joined(separator: ", ")),
                ("Company", contact.company), ("Position", contact.position),
                ("Segments", contact.segments.joined(separator: ", ")), ("Tags", contact.tags.joined(separator: ", ")),
                ("URL", contact.url), ("Profiles", contact.otherURLs.joined(separator: ", ")),
                ("Digest", ConsentWords.describe(contact.consent)), ("Connected", contact.connectedOn?.text ?? ""), ("Source", contact.source?.text ?? ""),
                ("Cadence", contact.cadenceDays.map { "every \($0) days" } ?? ""), ("Notes", contact.notes),
            ]
            print("\(contact.id)")
            for (label, value) in profile where !value.isEmpty { print("  \(label.padding(toLength: 10, withPad: " ", startingAt: 0))\(value)") }
            let timeline = ledger.timeline(of: contact.id)
            print("\nTimeline (\(timeline.count)):")
            let width = timeline.map(\.date.text.count).max() ?? 10
            for activity in timeline { print("  " + TimelineLine(activity, viewedFrom: contact.id, dateWidth: width, showingSource: true).text) }
        }
    }
}

extension ContactsCommand {
    struct Token: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Name the contact a utm_content token belongs to.",
            discussion: "Give the token, or a whole tracked link from a log or an analytics tool: goodwill contacts token 'https://…?utm_content=8cf573e9a0d2'"
        )

        @OptionGroup var site: SiteLocation

        @Argument(help: ArgumentHelp("A token, or a link that carries one.", valueName: "token-or-url"))
        var token: String

        func run() throws {
            let workspace = try site.open()
            let existing: ContactToken?
            do { existing = try workspace.existingContactTokens() } catch { throw CLIFailure.report(error) }
            guard let tokens = existing else {
                throw CLIFailure.report(Diagnostic(file: "network/.share-secret", message: "no token was ever made in this site",
                                                   hint: "tokens are made by goodwill share --contact, suggest and digest"))
            }
            let ledger = try LedgerLoading.load(workspace)
            let wanted = ContactToken.token(in: token).lowercased()
            do {
                guard let id = tokens.owner(of: wanted, among: ledger.contacts.map(\.id)), let contact = ledger.contact(id) else {
                    throw Diagnostic(argument: "<token-or-url>", message: "\"\(wanted)\" belongs to no contact in network/contacts.csv",
                                     hint: "a token from another copy of the ledger (another network/.share-secret), or of a contact since removed, matches nobody")
                }
                print("\(wanted): \(contact.name) (\(contact.id))")
            } catch {
                throw CLIFailure.report(error)
            }
        }
    }
}

/// Loads the ledger or exits with its errors.
enum LedgerLoading {
    static func load(_ workspace: Workspace) throws -> Ledger {
        do { return try workspace.store.load() } catch { throw CLIFailure.report(error) }
    }
}
