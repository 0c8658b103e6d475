import Ccmark

/// A GitHub Flavored Markdown table found in the source lines of a paragraph libcmark parsed:
/// a header row, a delimiter row with as many cells (`---`, `:--`, `:-:`, `--:`), then rows,
/// as the GFM specification gives them. Lines before the header stay a paragraph.
struct TablePlan {
    enum Alignment { case none, left, center, right }

    /// Text of a cell as written (pipes unescaped), and where it starts in the file.
    struct Cell {
        var text: String
        var line: Int
        var column: Int
    }

    /// Paragraph text before the header row, with the line and column it starts at.
    var leadingText: Cell?
    var header: [Cell]
    var alignments: [Alignment]
    var rows: [[Cell]]

    private struct Line {
        var bytes: ArraySlice<UInt8>
        var number: Int
        /// 1-based byte column of `bytes.first` in the file's line.
        var column: Int
    }

    /// The table in `paragraph`, if its lines hold one.
    static func find(in paragraph: OpaquePointer, lines: SourceLines) -> TablePlan? {
        let first = Int(cmark_node_get_start_line(paragraph))
        let last = Int(cmark_node_get_end_line(paragraph))
        guard first >= 1, last > first else { return nil }
        let quoteDepth = blockQuoteDepth(of: paragraph)
        var content: [Line] = []
        for number in first...last {
            let column = number == first ? Int(cmark_node_get_start_column(paragraph)) : 1
            var line = Line(bytes: lines.line(number, fromColumn: column), number: number, column: max(1, column))
            if number != first { stripQuoteMarkers(&line, depth: quoteDepth) }
            skipSpaces(&line)
            if line.bytes.isEmpty { break }
            content.append(line)
        }
        guard content.count >= 2 else { return nil }
        for delimiterIndex in 1..<content.count {
            let delimiterLine = content[delimiterIndex]
            guard let alignments = alignments(of: delimiterLine) else { continue }
            let headerLine = content[delimiterIndex - 1]
            let header = cells(of: headerLine)
            guard header.count == alignments.count,
                  headerLine.bytes.contains(UInt8(ascii: "|")) || delimiterLine.bytes.contains(UInt8(ascii: "|")) else { continue }
            var plan = TablePlan(leadingText: nil, header: header, alignments: alignments, rows: [])
            if delimiterIndex >= 2 {
                let leading = content[0..<(delimiterIndex - 1)]
                plan.leadingText = Cell(text: leading.map { String(decoding: $0.bytes, as: UTF8.self) }.joined(separator: "\n"),
                                        line: leading.first!.number, column: leading.first!.column)
            }
            plan.rows = content[(delimiterIndex + 1)...].map { line in
                var row = cells(of: line)
                if row.count > alignments.count { row.removeLast(row.count - alignments.count) }
                while row.count < alignments.count { row.append(Cell(text: "", line: line.number, column: line.column)) }
                return row
            }
            return plan
        }
        return nil
    }

    private static func blockQuoteDepth(of node: OpaquePointer) -> Int {
        var depth = 0
        var current = cmark_node_parent(node)
        while let ancestor = current {
            if cmark_node_get_type(ancestor) == CMARK_NODE_BLOCK_QUOTE { depth += 1 }
            current = cmark_node_parent(ancestor)
        }
        return depth
    }

    /// A continuation line inside block quotes carries their `>` markers (a lazy line may not).
    private static func stripQuoteMarkers(_ line: inout Line, depth: Int) {
        for _ in 0..<depth {
            skipSpaces(&line)
            guard line.bytes.first == UInt8(ascii: ">") else { return }
            advance(&line, by: 1)
            if line.bytes.first == 32 || line.bytes.first == 9 { advance(&line, by: 1) }
        }
    }

    private static func skipSpaces(_ line: inout Line) {
        while let byte = line.bytes.first, byte == 32 || byte == 9 { advance(&line, by: 1) }
    }

    private static func advance(_ line: inout Line, by count: Int) {
        line.bytes = line.bytes.dropFirst(count)
        line.column += count
    }

    /// The row's cells: split on pipes that are not escaped, an outer pipe at either end
    /// dropped, `\|` turned into `|` (inside code spans too, as GFM says), text trimmed.
    private static func cells(of line: Line) -> [Cell] {
        var bytes = line.bytes
        var column = line.column
        while let last = bytes.last, last == 32 || last == 9 { bytes.removeLast() }
        if bytes.first == UInt8(ascii: "|") { bytes.removeFirst(); column += 1 }
        if bytes.last == UInt8(ascii: "|"), !isEscaped(bytes, at: bytes.endIndex - 1) { bytes.removeLast() }
        var cells: [Cell] = []
        var current: [UInt8] = []
        var cellColumn = column
        var index = bytes.startIndex
        func finish(nextColumn: Int) {
            var start = 0
            while start < current.count, current[start] == 32 || current[start] == 9 { start += 1 }
            var end = current.count
            while end > start, current[end - 1] == 32 || current[end - 1] == 9 { end -= 1 }
            cells.append(Cell(text: String(decoding: current[start..<end], as: UTF8.self), line: line.number, column: cellColumn + start))
            current = []
            cellColumn = nextColumn
        }
        while index < bytes.endIndex {
            let byte = bytes[index]
            let offset = column + (index - bytes.startIndex)
            if byte == UInt8(ascii: "\\"), index + 1 < bytes.endIndex {
                let next = bytes[index + 1]
                if next != UInt8(ascii: "|") { current.append(byte) }
                current.append(next)
                index += 2
                continue
            }
            if byte == UInt8(ascii: "|") {
                finish(nextColumn: offset + 1)
            } else {
                current.append(byte)
            }
            index += 1
        }
        finish(nextColumn: column)
        return cells
    }

    private static func isEscaped(_ bytes: ArraySlice<UInt8>, at index: Int) -> Bool {
        var backslashes = 0
        var position = index - 1
        while position >= bytes.startIndex, bytes[position] == UInt8(ascii: "\\") {
            backslashes += 1
            position -= 1
        }
        return backslashes % 2 == 1
    }

    /// The alignments a delimiter row gives, or nil if the line is not one.
    private static func alignments(of line: Line) -> [Alignment]? {
        guard line.bytes.allSatisfy({ [UInt8(ascii: "|"), UInt8(ascii: "-"), UInt8(ascii: ":"), 32, 9].contains($0) }),
              line.bytes.contains(UInt8(ascii: "-")) else { return nil }
        var result: [Alignment] = []
        for cell in cells(of: line) {
            let text = Array(cell.text.utf8)
            let left = text.first == UInt8(ascii: ":"), right = text.last == UInt8(ascii: ":")
            let dashes = text.dropFirst(left ? 1 : 0).dropLast(right && text.count > 1 ? 1 : 0)
            guard !dashes.isEmpty, dashes.allSatisfy({ $0 == UInt8(ascii: "-") }) else { return nil }
            result.append(left && right ? .center : right ? .right : left ? .left : .none)
        }
        return result.isEmpty ? nil : result
    }
}
