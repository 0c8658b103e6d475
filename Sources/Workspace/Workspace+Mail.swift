import Core
import Foundation
import Ledger
import Mail

/// What `goodwill import mail` did.
public struct MailImport: Sendable {
    public var paths: [String]
    public var files: [String]
    public var me: [String]
    public var messages: Int
    /// Messages read but signalling nothing, by reason (auto-replies, bounces, list mail, …).
    public var leftOut: [String: Int]
    public var warnings: [MailFiles.Warning]
    public var summary: ConversationImportSummary
    public var dryRun: Bool
}

extension Workspace {
    /// Reads mbox files, Maildir folders and `.eml` files, and logs what they show: shares of
    /// articles the user mailed, replies threaded onto the user's messages (or a digest), and
    /// accepted invitations. Messages are read one at a time and kept only as small values;
    /// everything is read and checked before anything is written.
    public func importMail(at paths: [String], me given: [String] = [], since: ContentDate? = nil, dryRun: Bool = false,
                           timeZone: TimeZone = .current) throws -> MailImport {
        let me = given.isEmpty ? [config.author.email ?? ""].filter { !$0.isEmpty } : given
        guard !me.isEmpty else {
            throw Diagnostic(input: "me", message: "goodwill does not know your address, so it cannot tell your mail from others'",
                             hint: "give it: --me you@example.org (repeatable), or set author: {email: …} in goodwill.yml")
        }
        let links = try articleLinks()
        let sinceInstant = since.map { Today.endOf(ContentDate(dayNumber: $0.dayNumber - 1), timeZone: timeZone).instant + 1 }
        var options = MailSignals.Options(me: Set(me), asOfInstant: today.instant)
        options.digestIDs = Set(try store.digestEvents().map { $0.messageID.trimmingCharacters(in: CharacterSet(charactersIn: "<> ")) })
        let addresses = options.me
        var files = MailFiles()
        files.needsWords = { MailSignals.needsWords($0, me: addresses) }
        var messages: [MailMessage] = []
        var count = 0
        var dropped: [String: Int] = [:]
        for path in paths {
            do {
                try files.read(path) { message in
                    count += 1
                    if let sinceInstant, let instant = message.instant, instant < sinceInstant { return }
                    // Kept only if it can signal something: a mailbox is mostly other mail.
                    if message.calendar.isEmpty {
                        if let reason = message.automatic { dropped[reason, default: 0] += 1; return }
                        if !MailSignals.needsWords(message, me: addresses) { return }
                    }
                    messages.append(MailSignals.compact(message, links: links))
                }
            } catch let error as MailFileError {
                throw Diagnostic(file: error.path, message: error.message, hint: error.hint)
            }
        }
        var leftOut: [String: Int] = [:]
        let summary = try store.importFound(channel: .email, export: paths.map(absolutePath).joined(separator: "\n"), timeZone: timeZone, on: today.day,
                                            dryRun: dryRun) { samePerson in
            let result = MailSignals.find(in: messages, options: options, links: links, samePerson: samePerson)
            leftOut = result.leftOut.merging(dropped, uniquingKeysWith: +)
            return result.found
        }
        return MailImport(paths: paths, files: files.filesRead, me: me, messages: count, leftOut: leftOut, warnings: files.warnings,
                          summary: summary, dryRun: dryRun)
    }
}
