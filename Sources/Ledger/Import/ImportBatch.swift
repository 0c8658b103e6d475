import Foundation
import Core

/// What an import file held, before it is merged into the ledger.
public struct ImportBatch: Sendable {
    /// Contacts without ids yet (the merge gives them one).
    public var contacts: [Contact]
    /// Rows or cards left out, such as LinkedIn's deleted accounts with no name.
    public var skipped: Int

    public init(contacts: [Contact] = [], skipped: Int = 0) {
        self.contacts = contacts
        self.skipped = skipped
    }
}

/// The formats `goodwill contacts import` reads.
public enum ImportFormat: String, Sendable, CaseIterable {
    case linkedin, vcard, google, csv

    /// What people call the export.
    public var displayName: String {
        switch self {
        case .linkedin: return "LinkedIn Connections"
        case .vcard: return "vCard"
        case .google: return "Google Contacts"
        case .csv: return "Goodwill contacts"
        }
    }

    /// Which export `text` is, from its first line (or its vCard markers), or nil when it is none
    /// Goodwill knows. LinkedIn's header comes after a few lines of notes.
    public static func detect(_ text: String) -> ImportFormat? {
        let lines = text.split(whereSeparator: \.isNewline).prefix(12).map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\u{FEFF} \t")) }
        if lines.contains(where: { $0.uppercased().hasPrefix("BEGIN:VCARD") }) { return .vcard }
        if lines.contains(where: { $0.hasPrefix("First Name,Last Name,") && ($0.contains("Connected On") || $0.contains("URL")) }) { return .linkedin }
        guard let header = lines.first else { return nil }
        let google = ["Organization Name", "Organization 1 - Name", "Given Name", "E-mail 1 - Value", "Group Membership", "Labels", "Phonetic First Name"]
        if google.contains(where: header.contains) { return .google }
        let fields = header.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        if fields.contains("name"), fields.allSatisfy({ ContactsFile.columns.contains($0) }) { return .csv }
        return nil
    }

    /// Parses `text`, the whole file; `file` is named in errors. A file that is plainly another
    /// service's export is refused with the command that reads it, and one in which no contact is
    /// recognised is an error, not "0 created".
    public func parse(_ text: String, file: String) throws(Diagnostics) -> ImportBatch {
        if let detected = Self.detect(text), detected != self {
            throw Diagnostics([Diagnostic(file: file, line: 1, message: "this is a \(detected.displayName) export, not \(displayName)",
                                          hint: "use goodwill contacts import \(detected.rawValue) \(file)")])
        }
        let batch = try parseAsIs(text, file: file)
        guard !batch.contacts.isEmpty else {
            throw Diagnostics([Diagnostic(file: file, message: "no contact recognised as \(displayName)"
                                              + (batch.skipped > 0 ? " (\(batch.skipped) rows without a name skipped)" : ""),
                                          hint: "check the file and the format: linkedin, vcard, google or csv")])
        }
        return batch
    }

    private func parseAsIs(_ text: String, file: String) throws(Diagnostics) -> ImportBatch {
        switch self {
        case .linkedin: return try LinkedInImport.parse(text, file: file)
        case .vcard: return try VCardImport.parse(text, file: file)
        case .google: return try GoogleContactsImport.parse(text, file: file)
        case .csv: return try CSVImport.parse(text, file: file)
        }
    }
}
