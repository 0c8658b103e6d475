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

    /// Parses `text`, the whole file; `file` is named in errors.
    public func parse(_ text: String, file: String) throws(Diagnostics) -> ImportBatch {
        switch self {
        case .linkedin: return try LinkedInImport.parse(text, file: file)
        case .vcard: return try VCardImport.parse(text, file: file)
        case .google: return try GoogleContactsImport.parse(text, file: file)
        case .csv: return try CSVImport.parse(text, file: file)
        }
    }
}
