import Foundation

/// Text that must stay on one line: a name, a company, a position, a header or a table cell.
///
/// Imports are written by anyone: a first name of `Eve\r\nBcc: x@evil.test` in a Google export
/// splits a CSV row, breaks a Markdown table, and adds a header to a message piped to
/// `sendmail -t`. Every control character (C0, DEL, C1) and every line or paragraph separator
/// becomes a space; a run of them is one space; the ends are trimmed when anything was replaced.
/// Letters of every script, emoji and the marks of right-to-left text are kept.
public enum OneLine {
    /// Whether `scalar` would break a line, a header or a terminal.
    public static func breaks(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0) { return true }
        return scalar.value == 0x2028 || scalar.value == 0x2029
    }

    /// Whether `text` is already on one line.
    public static func isClean(_ text: String) -> Bool {
        // The common case, printable ASCII, is decided on the bytes.
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F } || !text.unicodeScalars.contains(where: breaks)
    }

    /// `text` on one line (unchanged when it already is).
    public static func clean(_ text: String) -> String {
        guard !isClean(text) else { return text }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if breaks(scalar) || (pendingSpace && scalar == " ") {
                pendingSpace = true
                continue
            }
            if pendingSpace, let last = out.last, last != " " { out.append(" ") }
            pendingSpace = false
            out.append(scalar)
        }
        return String(out).trimmingCharacters(in: .whitespaces)
    }

    /// `text` with its breaking characters written as escapes (`\r`, `\n`, `\t`, `\u{1B}`), so a
    /// note can keep the raw value an import had without carrying the characters themselves.
    public static func visible(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\r": out += "\\r"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case _ where breaks(scalar): out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
