import Core
import Foundation

/// LinkedIn's "Connections.csv": a few `Notes:` lines and a blank line come before the header
/// `First Name,Last Name,URL,Email Address,Company,Position,Connected On`; dates read
/// `12 Mar 2024`; most emails are empty; deleted accounts leave rows with no name.
enum LinkedInImport {
    static func parse(_ text: String, file: String) throws(Diagnostics) -> ImportBatch {
        let rows = try ForeignCSV.rows(text, file: file)
        // The preamble's length has changed over the years: look for the header, never count lines.
        guard let headerPosition = rows.firstIndex(where: { $0.fields.first?.trimmingCharacters(in: .whitespaces) == "First Name"
                                                             && $0.fields.contains("Last Name") }) else {
            throw Diagnostics([Diagnostic(file: file, message: "no header row starting with First Name,Last Name",
                                             hint: "export Connections.csv from LinkedIn (Settings → Data privacy → Get a copy of your data)")])
        }
        let index = ForeignCSV.index(rows[headerPosition].fields)
        var batch = ImportBatch()
        var errors: [Diagnostic] = []
        for row in rows[(headerPosition + 1)...] {
            if row.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            let name = [row.value(["First Name"], in: index), row.value(["Last Name"], in: index)]
                .filter { !$0.isEmpty }.joined(separator: " ")
            guard !name.isEmpty else { batch.skipped += 1; continue }
            var connectedOn: ContentDate?
            let written = row.value(["Connected On"], in: index)
            if !written.isEmpty {
                connectedOn = LinkedInDate.parse(written)
                if connectedOn == nil {
                    errors.append(Diagnostic(file: file, line: row.line, field: "Connected On",
                                              message: "\"\(written)\" is not a date like 12 Mar 2024"))
                }
            }
            batch.contacts.append(Contact(
                id: "", name: name, email: row.value(["Email Address"], in: index),
                company: row.value(["Company"], in: index), position: row.value(["Position"], in: index),
                url: row.value(["URL"], in: index), connectedOn: connectedOn, source: .linkedin))
        }
        guard errors.isEmpty else { throw Diagnostics(errors) }
        return batch
    }
}

/// `12 Mar 2024` (and `12-Mar-24`, which older exports used).
enum LinkedInDate {
    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    static func parse(_ text: String) -> ContentDate? {
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "-" })
        guard parts.count == 3, let day = Int(parts[0]), var year = Int(parts[2]),
              let month = months.firstIndex(of: parts[1].prefix(3).lowercased()) else { return nil }
        if year < 100 { year += 2000 }
        let iso = String(format: "%04d-%02d-%02d", year, month + 1, day)
        return ContentDate(parsing: iso)
    }
}
