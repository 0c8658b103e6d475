import Core
import Foundation

/// One message of LinkedIn's `messages.csv`.
public struct LinkedInMessage: Sendable {
    public var line: Int
    /// Empty in the old layout, which has none.
    public var conversation: String
    public var from: ExportPerson
    public var to: [ExportPerson]
    public var instant: Int64
    public var content: String
    /// `OUTGOING`/`INCOMING` in the old layout, which says who wrote it; nil in the current one.
    public var outgoing: Bool?
}

/// `messages.csv` in both layouts LinkedIn has written, columns found by name:
/// - current: `CONVERSATION ID, CONVERSATION TITLE, FROM, SENDER PROFILE URL, TO, RECIPIENT
///   PROFILE URLS, DATE (2023-06-11 15:33:58 UTC), SUBJECT, CONTENT, FOLDER, …, IS MESSAGE DRAFT`;
/// - older: `FROM, TO, DATE (2019-11-06T02:08:20, UTC), SUBJECT, CONTENT, DIRECTION, FOLDER`.
/// Drafts, spam, LinkedIn's own senders and its system lines are left out and counted.
enum LinkedInMessages {
    static let systemSenders: Set = ["linkedin member", "linkedin talent solutions", "sponsored conversation", "linkedin"]
    static let systemBodies: Set = ["message request accepted", "a linkedin member left the conversation."]
    /// Longer contents are people's (with room for the spaces around a system line).
    static let longestSystemBody = 64

    struct Parsed {
        var messages: [LinkedInMessage] = []
        var leftOut: [String: Int] = [:]
    }

    static func parse(_ text: String, file: String) throws(Diagnostics) -> Parsed {
        let rows = try ForeignCSV.largeRows(text, file: file)
        guard let header = rows.first else {
            throw Diagnostics([Diagnostic(file: file, message: "is empty", hint: "download the export again: it should list your messages")])
        }
        var index: [String: Int] = [:]
        for (position, name) in header.fields.enumerated() {
            index[name.trimmingCharacters(in: .whitespaces).uppercased(), default: position] = position
        }
        for column in ["FROM", "TO", "DATE", "CONTENT"] where index[column] == nil {
            throw Diagnostics([Diagnostic(file: file, line: header.line, field: column, message: "is missing from the header",
                                          hint: "this does not look like LinkedIn's messages.csv (its header names FROM, TO, DATE and CONTENT)")])
        }
        func value(_ row: ForeignCSV.Row, _ column: String) -> String {
            guard let position = index[column], position < row.fields.count else { return "" }
            return row.fields[position]
        }
        var parsed = Parsed()
        var errors: [Diagnostic] = []
        // The same people, written the same way, in message after message: each worked out once.
        var people: [String: ExportPerson] = [:]
        var recipientLists: [String: [ExportPerson]] = [:]
        func person(_ name: String, _ url: String) -> ExportPerson {
            let key = name + "\u{1F}" + url
            if let known = people[key] { return known }
            let made = ExportPerson(name: name, url: url)
            people[key] = made
            return made
        }
        for row in rows.dropFirst() {
            if row.fields.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) { continue }
            guard row.fields.count >= index.values.max()! + 1 || row.fields.count == header.fields.count else {
                errors.append(Diagnostic(file: file, line: row.line, message: "has \(row.fields.count) fields but the header has \(header.fields.count)",
                                         hint: "download the export again: the file was cut short or edited"))
                continue
            }
            let written = value(row, "DATE")
            guard let instant = instant(written) else {
                errors.append(Diagnostic(file: file, line: row.line, field: "DATE", message: "\"\(written)\" is not a date LinkedIn writes",
                                         hint: "expected 2023-06-11 15:33:58 UTC or 2019-11-06T02:08:20"))
                continue
            }
            if value(row, "IS MESSAGE DRAFT").lowercased() == "yes" || value(row, "IS CONVERSATION DRAFT").lowercased() == "yes" {
                parsed.leftOut["drafts", default: 0] += 1
                continue
            }
            if value(row, "FOLDER").uppercased() == "SPAM" { parsed.leftOut["spam", default: 0] += 1; continue }
            let content = value(row, "CONTENT")
            let from = person(value(row, "FROM"), value(row, "SENDER PROFILE URL"))
            if systemSenders.contains(from.name.lowercased())
                || (content.utf8.count <= Self.longestSystemBody && systemBodies.contains(content.trimmed.lowercased())) {
                parsed.leftOut["LinkedIn's own messages", default: 0] += 1
                continue
            }
            func recipientList(_ names: String, _ urls: String) -> [ExportPerson] {
                let key = names + "\u{1F}" + urls
                if let known = recipientLists[key] { return known }
                let made = recipients(names: names, urls: urls)
                recipientLists[key] = made
                return made
            }
            let direction = value(row, "DIRECTION").uppercased()
            parsed.messages.append(LinkedInMessage(
                line: row.line, conversation: value(row, "CONVERSATION ID"), from: from,
                to: recipientList(value(row, "TO"), value(row, "RECIPIENT PROFILE URLS")),
                instant: instant, content: content,
                outgoing: direction == "OUTGOING" ? true : direction == "INCOMING" ? false : nil))
        }
        guard errors.isEmpty else { throw Diagnostics(errors) }
        return parsed
    }

    /// `TO` holds names, `RECIPIENT PROFILE URLS` their profiles, split by `,` in some exports
    /// and `;` in others. Names pair with URLs when the counts agree; a name may hold a comma
    /// ("Okafor, Lena"), so without URLs the whole field is one name.
    static func recipients(names: String, urls: String) -> [ExportPerson] {
        let links = urls.split(whereSeparator: { $0 == ";" || $0 == "," || $0 == "\n" })
            .map(\.trimmed).filter { !$0.isEmpty }
        let trimmed = names.trimmed
        guard !links.isEmpty else { return trimmed.isEmpty ? [] : [ExportPerson(name: trimmed, url: "")] }
        if links.count == 1 { return [ExportPerson(name: trimmed, url: links[0])] }
        let split = trimmed.split(whereSeparator: { $0 == ";" || $0 == "," }).map(\.trimmed)
        return links.enumerated().map { position, link in
            ExportPerson(name: split.count == links.count ? split[position] : "", url: link)
        }
    }

    /// Seconds since the epoch of `2023-06-11 15:33:58 UTC`, `2019-11-06T02:08:20` (the old
    /// layout, in UTC) or an RFC 3339 date-time; nil for anything else.
    static func instant(_ written: String) -> Int64? {
        var text = written.trimmed
        if text.hasSuffix(" UTC") { text = String(text.dropLast(4)) + "Z" }
        if text.count == 19 { text += "Z" }
        guard case .success(let date) = ContentDate.parse(text), !date.isDateOnly else { return nil }
        return date.secondsSinceEpoch
    }
}
