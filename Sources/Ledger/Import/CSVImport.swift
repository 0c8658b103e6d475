import Core

/// A CSV in Goodwill's own contact columns (the header of contacts.csv; `id` optional).
enum CSVImport {
    static func parse(_ text: String, file: String) throws(Diagnostics) -> ImportBatch {
        let rows = try ForeignCSV.rows(text, file: file)
        guard let header = rows.first else { return ImportBatch() }
        let index = ForeignCSV.index(header.fields)
        let unknown = header.fields.filter { !ContactsFile.columns.contains($0.trimmingCharacters(in: .whitespaces)) }
        guard unknown.isEmpty, index["name"] != nil else {
            throw Diagnostics([Diagnostic(file: file, line: 1, field: unknown.first ?? "name",
                                             message: unknown.isEmpty ? "is missing from the header" : "is not a contact column",
                                             hint: "the columns are \(ContactsFile.columns.joined(separator: ","))")])
        }
        for column in ["consent", "consent_on"] where index[column] != nil {
            throw Diagnostics([Diagnostic(file: file, line: 1, field: column, message: "an import never records consent",
                                             hint: "remove the column; record each yes with goodwill contacts opt-in ID and each no with goodwill contacts unsubscribe ID")])
        }
        var batch = ImportBatch()
        var errors: [Diagnostic] = []
        for row in rows.dropFirst() {
            if row.fields.allSatisfy({ $0.isEmpty }) { continue }
            let field = { (column: String) in row.value([column], in: index) }
            guard !field("name").isEmpty else { batch.skipped += 1; continue }
            var connectedOn: ContentDate?
            if !field("connected_on").isEmpty {
                connectedOn = ContentDate(parsing: field("connected_on"))
                if connectedOn == nil {
                    errors.append(Diagnostic(file: file, line: row.line, field: "connected_on", message: "\"\(field("connected_on"))\" is not a date",
                                              hint: "write YYYY-MM-DD"))
                }
            }
            var contact = Contact(
                id: field("id"), name: field("name"), email: field("email"), company: field("company"), position: field("position"),
                segments: ContactsFile.list(field("segments")), tags: ContactsFile.list(field("tags")), url: field("url"),
                connectedOn: connectedOn, source: ContactSource(field("source")) ?? .csv,
                cadenceDays: Int(field("cadence_days")), notes: field("notes"))
            contact.otherEmails = ContactsFile.list(field("other_emails"))
            contact.otherURLs = ContactsFile.list(field("other_urls"))
            batch.contacts.append(contact)
        }
        guard errors.isEmpty else { throw Diagnostics(errors) }
        return batch
    }
}
