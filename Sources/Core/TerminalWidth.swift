/// How many terminal columns text takes: East Asian wide and fullwidth characters and emoji take
/// two, combining marks none. Enough to keep a table's columns straight with CJK names.
public enum TerminalWidth {
    public static func of(_ text: String) -> Int {
        text.reduce(0) { width, character in width + of(character) }
    }

    public static func of(_ character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        let value = scalar.value
        if value < 0x1100 { return 1 }
        if scalar.properties.isEmojiPresentation { return 2 }
        let wide: [ClosedRange<UInt32>] = [0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
                                           0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
                                           0xFFE0...0xFFE6, 0x20000...0x3FFFD]
        return wide.contains { $0.contains(value) } ? 2 : 1
    }

    /// `text` padded with spaces to `width` columns.
    public static func pad(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - of(text)))
    }

    /// Rows as columns padded to their widest cell, two spaces apart; the last column is not padded.
    public static func table(_ rows: [[String]]) -> String {
        guard let columns = rows.first?.count else { return "" }
        // A line break or an escape sequence in a cell would break the columns, or the terminal.
        let rows = rows.map { $0.map(OneLine.clean) }
        let widths = (0..<columns).map { column in rows.map { of($0[column]) }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in column == columns - 1 ? cell : pad(cell, to: widths[column]) }
                .joined(separator: "  ")
        }.joined(separator: "\n")
    }
}
