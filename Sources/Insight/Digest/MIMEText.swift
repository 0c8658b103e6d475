import Core
import Foundation

/// The pieces of an RFC 5322 / MIME message that plain text is not: quoted-printable bodies
/// (RFC 2045), encoded words for non-ASCII headers (RFC 2047), and dates.
enum MIMEText {
    /// Quoted-printable with CRLF line ends and lines of at most 76 characters, in one pass over
    /// the UTF-8 bytes (a digest encodes ten thousand messages).
    static func quotedPrintable(_ text: String) -> String {
        let hex: [UInt8] = Array("0123456789ABCDEF".utf8)
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        var length = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || (byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A) {
                out.append(0x0D); out.append(0x0A)
                length = 0
                index += byte == 0x0D ? 2 : 1
                continue
            }
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0x0A
            let endsLine = next == 0x0A || next == 0x0D
            let literal = (byte >= 33 && byte <= 126 && byte != 0x3D) || ((byte == 0x20 || byte == 0x09) && !endsLine)
            let width = literal ? 1 : 3
            if length + width > 75 {  // room for the soft break's "="
                out.append(0x3D); out.append(0x0D); out.append(0x0A)
                length = 0
            }
            if literal {
                out.append(byte)
            } else {
                out.append(0x3D); out.append(hex[Int(byte >> 4)]); out.append(hex[Int(byte & 0xF)])
            }
            length += width
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A header value: as is when it is printable ASCII, else RFC 2047 encoded words (base64),
    /// each within the line limit, never splitting a character.
    static func header(_ text: String) -> String {
        let text = OneLine.clean(text)  // a line break in a header value starts another header
        if text.utf8.allSatisfy({ $0 >= 32 && $0 < 127 }) { return text }
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in text {
            let bytes = Array(String(character).utf8)
            if chunk.count + bytes.count > 45 {
                words.append("=?UTF-8?B?\(Data(chunk).base64EncodedString())?=")
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append("=?UTF-8?B?\(Data(chunk).base64EncodedString())?=") }
        return words.joined(separator: "\r\n ")
    }

    /// `"Ana Lima" <ana@x.example>`, the name encoded when it needs to be.
    static func address(name: String, email: String) -> String {
        let (name, email) = (OneLine.clean(name), OneLine.clean(email))
        guard !name.isEmpty else { return "<\(email)>" }
        if name.utf8.allSatisfy({ $0 >= 32 && $0 < 127 }) {
            return "\"\(name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\""))\" <\(email)>"
        }
        return "\(header(name)) <\(email)>"
    }

    static let weekdays = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]  // 1970-01-01 was a Thursday
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// RFC 5322's date for an instant, in UTC: `Wed, 2 Dec 2026 20:41:07 +0000`.
    static func date(instant: Int64) -> String {
        let dayNumber = Int(instant >= 0 ? instant / 86_400 : (instant - 86_399) / 86_400)
        let day = ContentDate(dayNumber: dayNumber)
        let seconds = Int(instant - Int64(dayNumber) * 86_400)
        let time = String(format: "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
        return "\(weekdays[((dayNumber % 7) + 7) % 7]), \(day.day) \(months[day.month - 1]) \(day.year) \(time) +0000"
    }
}
