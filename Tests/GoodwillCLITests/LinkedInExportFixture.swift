import Foundation
import ZIPFoundation

/// Writes a LinkedIn data export the way LinkedIn writes one — a generator of our own, with
/// fictional people only: a UTF-8 BOM before messages.csv, every header name quoted, values
/// quoted only when they hold a comma, a quote or a line break (quotes doubled), `Notes:` before
/// Connections.csv, `Invitations.csv` and `Shares_<member id>.csv`, files in a zip named
/// `Basic_LinkedInDataExport_<date>.zip`.
struct LinkedInExportFixture {
    struct Person {
        var name: String
        var url: String
    }

    struct Message {
        var conversation: String
        var from: Person
        var to: [Person]
        /// As LinkedIn writes it: `2026-06-10 16:00:00 UTC`.
        var date: String
        var content: String
        var folder = "INBOX"
        var draft = false
        var title = ""
    }

    var messages: [Message] = []
    /// How RECIPIENT PROFILE URLS is split: some exports use `;`, others `,`.
    var recipientSeparator = ","
    /// `Connections.csv` rows after its header: `First Name,Last Name,URL,Email Address,Company,Position,Connected On`.
    var connections: [[String]] = []
    /// `Invitations.csv` rows: `From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl`.
    var invitations: [[String]] = []
    /// `Shares_155814142.csv` rows: `Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility`.
    var shares: [[String]] = []
    /// Extra files, by name, as they are (`guide_messages.csv` and the like).
    var extraFiles: [String: String] = [:]

    static func field(_ value: String) -> String {
        value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
    }

    static func line(_ fields: [String]) -> String { fields.map(field).joined(separator: ",") + "\n" }

    var messagesCSV: String {
        let header = ["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO", "RECIPIENT PROFILE URLS", "DATE",
                      "SUBJECT", "CONTENT", "FOLDER", "ATTACHMENTS", "IS MESSAGE DRAFT", "IS CONVERSATION DRAFT"]
        var text = "\u{FEFF}" + header.map { "\"\($0)\"" }.joined(separator: ",") + "\n"
        for message in messages {
            text += Self.line([message.conversation, message.title, message.from.name, message.from.url,
                               message.to.map(\.name).joined(separator: ","),
                               message.to.map(\.url).joined(separator: recipientSeparator), message.date, "", message.content,
                               message.folder, "", message.draft ? "Yes" : "No", "No"])
        }
        return text
    }

    var files: [String: String] {
        var files = extraFiles
        files["messages.csv"] = messagesCSV
        if !connections.isEmpty {
            files["Connections.csv"] = "Notes:\n\"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261\"\n\n"
                + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" + connections.map(Self.line).joined()
        }
        if !invitations.isEmpty {
            files["Invitations.csv"] = "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n" + invitations.map(Self.line).joined()
        }
        if !shares.isEmpty {
            files["Shares_155814142.csv"] = "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n" + shares.map(Self.line).joined()
        }
        return files
    }

    func writeFolder(at folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
    }

    func writeZip(at url: URL) throws {
        try? FileManager.default.removeItem(at: url)
        let archive = try Archive(url: url, accessMode: .create)
        for (name, text) in files.sorted(by: { $0.key < $1.key }) {
            let data = Data(text.utf8)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
    }
}
