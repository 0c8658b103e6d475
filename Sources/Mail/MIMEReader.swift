import Cgmime
import Core
import Foundation

/// One message's bytes made into a `MailMessage` by GMime: headers, addresses and subjects
/// decoded (RFC 2047), the MIME tree walked, quoted-printable and base64 undone, charsets turned
/// into UTF-8. Nothing here parses MIME by hand.
enum MIMEReader {
    private static let initialized: Bool = {
        gw_mime_init()
        return true
    }()

    /// The message, or nil when the bytes are not one (no header at all).
    /// `needsWords` says, from the headers, whether the body's words are wanted: decoding and
    /// converting the text of every newsletter and stranger's mail costs most of a mailbox's time.
    static func read(_ bytes: UnsafeRawBufferPointer, at location: MailLocation, needsWords: (MailMessage) -> Bool = { _ in true }) -> MailMessage? {
        _ = initialized
        guard let base = bytes.baseAddress, bytes.count > 0,
              let message = gw_message_parse(base.assumingMemoryBound(to: CChar.self), bytes.count) else { return nil }
        defer { gw_unref(message) }
        let header = { (name: String) -> String? in gw_header(message, name).map { String(cString: $0) } }
        guard header("From") != nil || header("Message-ID") != nil || header("Date") != nil else { return nil }

        var found = 0 as Int32
        let instant = gw_date(message, &found)
        var mail = MailMessage(location: location, fingerprint: "")
        mail.instant = found != 0 ? instant : nil
        mail.messageID = gw_message_id(message).map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 }
        mail.subject = gw_subject(message).map { String(cString: $0) } ?? ""
        mail.from = mailboxes(message, 0).first ?? mailboxes(message, 5).first
        mail.recipients = mailboxes(message, 1) + mailboxes(message, 2) + mailboxes(message, 3)
        mail.answers = references(header("In-Reply-To")) + references(header("References"))

        var reportType: String?
        if let body = gw_body(message) {
            let type = owned(gw_mime_type(body)) ?? ""
            if type == "multipart/report" { reportType = gw_type_parameter(body, "report-type").map { String(cString: $0) } }
        }
        // Mail no person wrote signals nothing: its words are not read at all.
        mail.automatic = Automatic.reason(header: header, from: mail.from, subject: mail.subject, reportType: reportType)
        let wantsWords = mail.automatic == nil && needsWords(mail)
        var plain: [String] = [], html: [String] = []
        let parts = gw_parts(message)!
        defer { gw_array_free(parts) }
        for index in 0..<gw_array_length(parts) {
            let part = gw_array_item(parts, index).assumingMemoryBound(to: GMimeObject.self)
            let type = (owned(gw_mime_type(part)) ?? "").lowercased()
            if type == "text/calendar" || type == "application/ics" {
                var length = 0
                if let raw = gw_part_bytes(part, &length) {
                    let text = String(decoding: UnsafeRawBufferPointer(start: raw, count: length), as: UTF8.self)
                    gw_free(raw)
                    if let event = CalendarEvent(ics: text) { mail.calendar.append(event) }
                }
                continue
            }
            guard wantsWords, gw_is_attachment(part) == 0 else { continue }
            if type == "text/plain", let text = owned(gw_part_text(part)) { plain.append(text) }
            if type == "text/html", plain.isEmpty, let text = owned(gw_part_text(part)) { html.append(text) }
        }
        if plain.isEmpty { mail.html = html.joined(separator: "\n") } else { mail.text = plain.joined(separator: "\n") }
        mail.fingerprint = StableHash.hex([mail.from?.address ?? "", String(mail.instant ?? 0), mail.subject,
                                           fingerprintWords(mail.text.isEmpty ? mail.html : mail.text)].joined(separator: "\u{1F}"))
        return mail
    }

    /// The first words, as every copy of the message has them: an mbox adds a blank line after
    /// each message and Maildir does not; line ends and white space at the ends do not count.
    static func fingerprintWords(_ text: String) -> String {
        String(text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ").prefix(256))
    }

    private static func owned(_ pointer: UnsafeMutablePointer<CChar>?) -> String? {
        guard let pointer else { return nil }
        defer { gw_free(pointer) }
        return String(cString: pointer)
    }

    private static func mailboxes(_ message: UnsafeMutablePointer<GMimeMessage>, _ which: Int32) -> [MailAddress] {
        let list = gw_mailboxes(message, which)!
        defer { gw_array_free(list) }
        var out: [MailAddress] = []
        for index in 0..<gw_array_length(list) {
            let mailbox = gw_array_item(list, index)
            let address = gw_mailbox_address(mailbox).map { String(cString: $0) } ?? ""
            guard address.contains("@") else { continue }
            out.append(MailAddress(name: gw_mailbox_name(mailbox).map { String(cString: $0) } ?? "", address: address))
        }
        return out
    }

    private static func references(_ raw: String?) -> [String] {
        guard let raw else { return [] }
        let list = gw_references(raw)!
        defer { gw_array_free(list) }
        return (0..<gw_array_length(list)).compactMap { index in
            gw_array_item(list, index).map { String(cString: $0.assumingMemoryBound(to: CChar.self)) }
        }
    }
}
