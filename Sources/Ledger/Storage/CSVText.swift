/// Writes CSV the way CSV.swift's writer does — a field is quoted exactly when it holds a quote,
/// a comma or a line break, its quotes doubled; rows end in `\n` — without its stream and
/// character-by-character search: an import writes tens of thousands of rows at once.
enum CSVText {
    /// The rows as CSV text, each ended by `\n` (a row of no fields writes nothing, as there).
    static func encode(_ rows: [[String]]) -> String {
        guard !rows.isEmpty else { return "" }
        var out = ""
        var first = true
        for row in rows where !row.isEmpty {
            if !first { out.append("\n") }
            first = false
            for (position, field) in row.enumerated() {
                if position > 0 { out.append(",") }
                if field.utf8.contains(where: { $0 == 0x22 || $0 == 0x2C || $0 == 0x0D || $0 == 0x0A }) {
                    out.append("\"")
                    for character in field {
                        if character == "\"" { out.append("\"\"") } else { out.append(character) }
                    }
                    out.append("\"")
                } else {
                    out.append(field)
                }
            }
        }
        return out + "\n"
    }
}
