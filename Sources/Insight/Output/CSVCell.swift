/// A CSV cell that a spreadsheet will show as text, never run: a cell starting with `=`, `+`,
/// `-`, `@`, a tab or a carriage return is a formula to Excel and LibreOffice (CSV injection),
/// so it gets a leading `'`. Names and notes come from imports anyone could have written.
public enum CSVCell {
    public static func safe(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
        return "'" + text
    }

    /// The cell neutralised and quoted as RFC 4180 asks when it holds a comma, quote or line break.
    public static func field(_ text: String) -> String {
        let text = safe(text)
        // By scalars: "\r\n" is one Character, equal to neither "\r" nor "\n".
        guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public static func row(_ cells: [String]) -> String {
        cells.map(field).joined(separator: ",") + "\n"
    }
}
