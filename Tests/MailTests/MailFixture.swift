import Foundation

/// Writes mail the way mail programs and Gmail Takeout write it — CRLF line ends, Gmail's
/// `From <id>@xxx <date>` separator, RFC 2047 names, quoted-printable soft breaks, HTML-only
/// bodies, calendar parts — about fictional people at example domains.
struct MailFixture {
    struct Message {
        var headers: [(String, String)]
        var body: String
        var contentType = "text/plain; charset=utf-8"
        var transferEncoding: String?
    }

    static let me = "mara@quill.example"
    static let site = "https://mara.example"

    static func message(id: String?, from: String, to: [String], date: String, subject: String, body: String,
                        inReplyTo: String? = nil, extra: [(String, String)] = [], contentType: String = "text/plain; charset=utf-8",
                        transferEncoding: String? = nil) -> Message {
        var headers: [(String, String)] = [("From", from), ("To", to.joined(separator: ", ")), ("Date", date), ("Subject", subject)]
        if let id { headers.append(("Message-ID", "<\(id)>")) }
        if let inReplyTo { headers.append(("In-Reply-To", "<\(inReplyTo)>")); headers.append(("References", "<\(inReplyTo)>")) }
        headers += extra
        return Message(headers: headers, body: body, contentType: contentType, transferEncoding: transferEncoding)
    }

    /// One message as RFC 5322 text with CRLF line ends.
    static func text(_ message: Message) -> String {
        var lines = message.headers.map { "\($0.0): \($0.1)" }
        lines.append("MIME-Version: 1.0")
        lines.append("Content-Type: \(message.contentType)")
        if let encoding = message.transferEncoding { lines.append("Content-Transfer-Encoding: \(encoding)") }
        lines.append("")
        lines += message.body.components(separatedBy: "\n")
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// An mbox as Gmail Takeout writes it.
    static func mbox(_ messages: [Message]) -> String {
        messages.enumerated().map { index, message in
            "From 16549530153937191\(String(format: "%02d", index))@xxx Mon Jan 06 04:49:45 +0000 2020\r\n" + text(message) + "\r\n"
        }.joined()
    }
}
