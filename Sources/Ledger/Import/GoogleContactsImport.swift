import Core

/// Google Contacts' CSV export, in its current form (`First Name`, `Organization Name`,
/// `Labels`) and its legacy form (`Name`, `Given Name`, `Organization 1 - Name`,
/// `Group Membership`). Both start with a BOM, join several values with ` ::: `, and may
/// hold notes over several lines.
enum GoogleContactsImport {
    static func parse(_ text: String, file: String) throws(Diagnostics) -> ImportBatch {
        let rows = try ForeignCSV.rows(text, file: file)
        guard let header = rows.first else { return ImportBatch() }
        let index = ForeignCSV.index(header.fields)
        guard index["First Name"] != nil || index["Given Name"] != nil || index["Name"] != nil else {
            throw Diagnostics([Diagnostic(file: file, line: 1, message: "this is not a Google Contacts export (no First Name or Name column)",
                                             hint: "export from contacts.google.com → Export → Google CSV")])
        }
        var batch = ImportBatch()
        for row in rows.dropFirst() {
            if row.fields.allSatisfy({ $0.isEmpty }) { continue }
            var name = row.value(["Name"], in: index)
            if name.isEmpty {
                name = ["First Name", "Given Name", "Middle Name", "Additional Name", "Last Name", "Family Name"]
                    .map { row.value([$0], in: index) }.filter { !$0.isEmpty }.joined(separator: " ")
            }
            guard !name.isEmpty else { batch.skipped += 1; continue }
            // Labels Google adds itself start with "* " (* myContacts, * starred): not the writer's tags.
            let tags = (row.allValues("Labels", in: index) + row.allValues("Group Membership", in: index))
                .filter { !$0.hasPrefix("*") }
            // Every address and website: "E-mail 1 - Value" … "E-mail N - Value", each of which may
            // hold several joined by " ::: ".
            let emails = numbered("E-mail", in: index).flatMap { row.allValues($0, in: index) }
            let urls = numbered("Website", in: index).flatMap { row.allValues($0, in: index) }
            var contact = Contact(
                id: "", name: name,
                email: emails.first ?? "",
                company: row.value(["Organization Name", "Organization 1 - Name"], in: index),
                position: row.value(["Organization Title", "Organization 1 - Title"], in: index),
                tags: tags,
                url: urls.first ?? "",
                source: .google,
                notes: row.value(["Notes"], in: index))
            contact.otherEmails = Array(emails.dropFirst())
            contact.otherURLs = Array(urls.dropFirst())
            batch.contacts.append(contact)
        }
        return batch
    }

    /// `"E-mail 1 - Value"`, `"E-mail 2 - Value"`, … as far as the header goes, in order.
    static func numbered(_ kind: String, in index: [String: Int]) -> [String] {
        index.keys.compactMap { column -> (Int, String)? in
            guard column.hasPrefix(kind + " "), column.hasSuffix(" - Value"),
                  let number = Int(column.dropFirst(kind.count + 1).dropLast(" - Value".count)) else { return nil }
            return (number, column)
        }.sorted { $0.0 < $1.0 }.map(\.1)
    }
}
