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
            batch.contacts.append(Contact(
                id: "", name: name,
                email: row.value(["E-mail 1 - Value"], in: index),
                company: row.value(["Organization Name", "Organization 1 - Name"], in: index),
                position: row.value(["Organization Title", "Organization 1 - Title"], in: index),
                tags: tags,
                url: row.value(["Website 1 - Value"], in: index),
                source: .google,
                notes: row.value(["Notes"], in: index)))
        }
        return batch
    }
}
