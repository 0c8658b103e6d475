import Core
import Foundation

/// LinkedIn's "Get a copy of your data" export, read: the connections, the messages, who the
/// user is, and the user's public posts. Nothing here knows the ledger; `ConversationSignals`
/// turns the messages into rows.
public struct LinkedInExport: Sendable {
    /// From `Connections.csv`, as `goodwill contacts import linkedin` reads it (empty without one).
    public var connections = ImportBatch()
    public var messages: [LinkedInMessage] = []
    /// Rows left out of messages.csv, by reason (drafts, spam, LinkedIn's own messages).
    public var leftOut: [String: Int] = [:]
    /// The user's profile, from an invitation they sent or received (`Invitations.csv`).
    public var invitationProfile: String?
    /// The user's public posts (`Shares_*.csv`).
    public var posts: [LinkedInPost] = []
    /// The files read, as messages name them.
    public var filesRead: [String] = []

    public static func read(_ archive: ExportArchive) throws(Diagnostics) -> LinkedInExport {
        var export = LinkedInExport()
        let connections = archive.csvFiles(startingWith: "connections")
        let messageFiles = archive.csvFiles(startingWith: "messages")
        guard !connections.isEmpty || !messageFiles.isEmpty else {
            throw Diagnostics([Diagnostic(file: archive.path, message: "is not a LinkedIn data export: it has neither messages.csv nor Connections.csv",
                                          hint: "on LinkedIn: Settings → Data privacy → Get a copy of your data; give the zip it sends")])
        }
        guard let messageFile = messageFiles.first else {
            throw Diagnostics([Diagnostic(file: archive.path, message: "has no messages.csv",
                                          hint: "request the export again with Messages ticked (or the whole archive); Connections.csv alone imports with goodwill contacts import linkedin")])
        }
        var errors: [Diagnostic] = []
        func text(_ file: String) -> String? {
            do {
                let text = try archive.text(of: file)
                export.filesRead.append(archive.display(file))
                return text
            } catch { errors.append(error); return nil }
        }
        if let file = connections.first, let text = text(file) {
            do { export.connections = try LinkedInImport.parse(text, file: archive.display(file)) } catch { errors += error.items }
        }
        if let text = text(messageFile) {
            if text.allSatisfy({ $0.isWhitespace || $0 == "\u{FEFF}" }) {  // stops at the first letter
                errors.append(Diagnostic(file: archive.display(messageFile), message: "is empty",
                                         hint: "download the export again: LinkedIn sometimes sends the first part before messages are ready"))
            } else {
                do {
                    let parsed = try LinkedInMessages.parse(text, file: archive.display(messageFile))
                    export.messages = parsed.messages
                    export.leftOut = parsed.leftOut
                } catch { errors += error.items }
            }
        }
        if let file = archive.csvFiles(startingWith: "invitations").first, let text = text(file) {
            export.invitationProfile = LinkedInInvitations.userProfile(text, file: archive.display(file))
        }
        for file in archive.csvFiles(startingWith: "shares") {
            guard let text = text(file) else { continue }
            do { export.posts += try LinkedInPosts.parse(text, file: archive.display(file)) } catch { errors += error.items }
        }
        guard errors.isEmpty else { throw Diagnostics(errors) }
        return export
    }
}

/// `Invitations.csv`: `From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl`.
/// An OUTGOING invitation's inviter is the user, and so is an INCOMING one's invitee.
enum LinkedInInvitations {
    static func userProfile(_ text: String, file: String) -> String? {
        guard let rows = try? ForeignCSV.rows(text, file: file), let header = rows.first else { return nil }
        let index = ForeignCSV.index(header.fields)
        var incoming: String?
        for row in rows.dropFirst() {
            switch row.value(["Direction"], in: index).uppercased() {
            case "OUTGOING":
                let url = row.value(["inviterProfileUrl"], in: index)
                if !url.isEmpty { return ProfileURL.normalized(url) }
            case "INCOMING":
                let url = row.value(["inviteeProfileUrl"], in: index)
                if incoming == nil, !url.isEmpty { incoming = ProfileURL.normalized(url) }
            default:
                continue
            }
        }
        return incoming
    }
}

/// One of the user's public posts: a broadcast to whoever follows them, not a share to a person.
public struct LinkedInPost: Sendable {
    public var line: Int
    public var instant: Int64
    /// The post on LinkedIn.
    public var link: String
    /// The commentary and the shared URL: where an article link is looked for.
    public var text: String
    public var visibility: String
}

/// `Shares.csv` / `Shares_<member id>.csv`: `Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility`.
enum LinkedInPosts {
    static func parse(_ text: String, file: String) throws(Diagnostics) -> [LinkedInPost] {
        let rows = try ForeignCSV.rows(text, file: file)
        guard let header = rows.first else { return [] }
        let index = ForeignCSV.index(header.fields)
        guard index["Date"] != nil else {
            throw Diagnostics([Diagnostic(file: file, line: header.line, field: "Date", message: "is missing from the header",
                                          hint: "Shares.csv names Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility")])
        }
        var posts: [LinkedInPost] = []
        var errors: [Diagnostic] = []
        for row in rows.dropFirst() where !row.fields.allSatisfy({ $0.isEmpty }) {
            let written = row.value(["Date"], in: index)
            guard let instant = LinkedInMessages.instant(written) else {
                errors.append(Diagnostic(file: file, line: row.line, field: "Date", message: "\"\(written)\" is not a date LinkedIn writes",
                                         hint: "expected 2024-03-05 14:02:11"))
                continue
            }
            let commentary = index["ShareCommentary"].flatMap { $0 < row.fields.count ? row.fields[$0] : nil } ?? ""
            posts.append(LinkedInPost(line: row.line, instant: instant, link: row.value(["ShareLink"], in: index),
                                      text: commentary + "\n" + row.value(["SharedUrl"], in: index),
                                      visibility: row.value(["Visibility"], in: index)))
        }
        guard errors.isEmpty else { throw Diagnostics(errors) }
        return posts
    }
}
