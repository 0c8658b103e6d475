import Core
import TOMLKit

/// Reads TOML front matter into `FrontMatterNode`s. TOMLKit gives no positions for
/// values, so they are found by looking for the key (and list items) in the text.
enum TOMLReader {
    static func read(_ text: String, file: String, firstLine: Int) throws(Diagnostic) -> FrontMatterNode {
        if let problem = dateTimeWithoutTime(in: text, file: file, firstLine: firstLine)
            ?? tableHeaderWithoutName(in: text, file: file, firstLine: firstLine) { throw problem }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw Diagnostic(file: file, line: error.source.begin.line + firstLine - 1, column: error.source.begin.column,
                            message: "invalid TOML: \(error.description)",
                            hint: "TOML needs quotes around text and key = value on each line")
        } catch {
            throw Diagnostic(file: file, line: firstLine, column: 1, message: "cannot read TOML: \(error)")
        }
        let locator = TOMLLocator(text: text, firstLine: firstLine)
        return convert(table, locator: locator, line: firstLine, column: 1)
    }

    /// `2025-04-03T>08:00:00Z`: TOMLKit's parser (toml++ 3) asserts that a digit follows the T,
    /// and the failed assertion aborts the whole process, in release builds too (found by
    /// `make fuzz`). Such a value is refused here, as an error at the T, before it reaches it.
    static func dateTimeWithoutTime(in text: String, file: String, firstLine: Int) -> Diagnostic? {
        let bytes = Array(text.utf8)
        func isDigit(_ index: Int) -> Bool { index >= 0 && index < bytes.count && bytes[index] >= 0x30 && bytes[index] <= 0x39 }
        var line = firstLine, lineStart = 0
        for index in bytes.indices {
            if bytes[index] == 0x0A { line += 1; lineStart = index + 1; continue }
            guard bytes[index] == UInt8(ascii: "T") || bytes[index] == UInt8(ascii: "t"), index >= 10, !isDigit(index + 1) else { continue }
            let date = index - 10
            guard (0..<10).allSatisfy({ [4, 7].contains($0) ? bytes[date + $0] == UInt8(ascii: "-") : isDigit(date + $0) }) else { continue }
            guard date == 0 || [0x20, 0x09, 0x0A, UInt8(ascii: "="), UInt8(ascii: "["), UInt8(ascii: ",")].contains(bytes[date - 1]) else { continue }
            let column = String(decoding: bytes[lineStart..<index], as: UTF8.self).count + 1
            let written = String(decoding: bytes[date...index], as: UTF8.self)
            return Diagnostic(file: file, line: line, column: column, message: "invalid TOML: \"\(written)\" needs a time after the T",
                              hint: "write a date-time such as 2024-04-03T08:00:00Z, or the date alone: 2024-04-03")
        }
        return nil
    }

    /// `[[[x]]` or `[= 1`: toml++ asserts that a table header starts with a key, and the failed
    /// assertion aborts the process (found by `make fuzz`). Refused here first, at the bracket.
    static func tableHeaderWithoutName(in text: String, file: String, firstLine: Int) -> Diagnostic? {
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop { $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" }
            guard trimmed.first == "[" else { continue }
            let afterBrackets = trimmed.dropFirst(trimmed.hasPrefix("[[") ? 2 : 1).drop { $0 == " " || $0 == "\t" }
            // An empty header ("[" and spaces or tabs, then the line's end) asserts as well.
            if let first = afterBrackets.first, first.isASCII,
               first.isLetter || first.isNumber || first == "_" || first == "-" || first == "\"" || first == "'" { continue }
            let column = line.count - trimmed.count + 1
            return Diagnostic(file: file, line: firstLine + offset, column: column, message: "invalid TOML: a table header needs a name, such as [share]",
                              hint: "TOML front matter is key = value lines; a [section] starts a table")
        }
        return nil
    }

    private static func convert(_ table: TOMLTable, locator: TOMLLocator, line: Int, column: Int) -> FrontMatterNode {
        // TOMLKit's key order is the table's (sorted); re-order by where each key is written.
        let entries = table.keys.compactMap { key -> (key: String, node: FrontMatterNode)? in
            guard let value = table[key] else { return nil }
            let (keyLine, keyColumn) = locator.position(ofKey: key, from: line)
            var node = convert(value.tomlValue, locator: locator, line: keyLine, column: keyColumn)
            (node.keyLine, node.keyColumn) = (keyLine, keyColumn)
            return (key, node)
        }.sorted { ($0.node.line, $0.node.column, $0.key) < ($1.node.line, $1.node.column, $1.key) }
        return FrontMatterNode(.table(entries), line: line, column: column)
    }

    private static func convert(_ value: TOMLValue, locator: TOMLLocator, line: Int, column: Int) -> FrontMatterNode {
        switch value.type {
        case .string: return FrontMatterNode(.string(value.string ?? ""), line: line, column: column)
        case .int: return FrontMatterNode(.integer(value.int ?? 0), line: line, column: column)
        case .double: return FrontMatterNode(.number(value.double ?? 0), line: line, column: column)
        case .bool: return FrontMatterNode(.bool(value.bool ?? false), line: line, column: column)
        case .date:
            let date = value.date ?? TOMLDate(year: 1970, month: 1, day: 1)
            return FrontMatterNode(.date(format(date)), line: line, column: column)
        case .dateTime:
            guard let dateTime = value.dateTime else { return FrontMatterNode(.null, line: line, column: column) }
            return FrontMatterNode(.date(format(dateTime)), line: line, column: column)
        case .time:
            return FrontMatterNode(.string(value.debugDescription), line: line, column: column)
        case .array:
            var items: [FrontMatterNode] = []
            for element in value.array ?? TOMLArray() {
                let item = element.tomlValue
                var itemPosition = (line, column)
                if let text = item.string { itemPosition = locator.position(ofString: text, from: line) }
                items.append(convert(item, locator: locator, line: itemPosition.0, column: itemPosition.1))
            }
            return FrontMatterNode(.list(items), line: line, column: column)
        case .table:
            guard let table = value.table else { return FrontMatterNode(.null, line: line, column: column) }
            return convert(table, locator: locator, line: line, column: column)
        }
    }

    private static func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }

    private static func format(_ date: TOMLDate) -> String {
        "\(date.year)-\(two(date.month))-\(two(date.day))"
    }

    /// A local date-time (no offset) keeps no offset, and so fails ContentDate's
    /// check with a message asking for one, as in YAML.
    private static func format(_ value: TOMLDateTime) -> String {
        var text = "\(format(value.date))T\(two(value.time.hour)):\(two(value.time.minute)):\(two(value.time.second))"
        if let offset = value.offset?.offset {
            text += offset == 0 ? "Z" : "\(offset < 0 ? "-" : "+")\(two(abs(offset) / 60)):\(two(abs(offset) % 60))"
        }
        return text
    }
}

/// Finds where a key or a quoted string is written in TOML text.
struct TOMLLocator {
    let lines: [Substring]
    let firstLine: Int

    init(text: String, firstLine: Int) {
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        self.firstLine = firstLine
    }

    func position(ofKey key: String, from fileLine: Int) -> (Int, Int) {
        for index in max(0, fileLine - firstLine)..<lines.count {
            let line = lines[index]
            let trimmed = line.drop { $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" }
            for candidate in [key, "\"\(key)\""] where trimmed.hasPrefix(candidate) {
                let rest = trimmed.dropFirst(candidate.count).drop { $0 == " " || $0 == "\t" }
                if rest.hasPrefix("=") {
                    return (index + firstLine, line.count - trimmed.count + 1)
                }
            }
        }
        return (fileLine, 1)
    }

    func position(ofString value: String, from fileLine: Int) -> (Int, Int) {
        for index in max(0, fileLine - firstLine)..<lines.count {
            for quoted in ["\"\(value)\"", "'\(value)'"] {
                if let range = lines[index].range(of: quoted) {
                    return (index + firstLine, lines[index].distance(from: lines[index].startIndex, to: range.lowerBound) + 1)
                }
            }
        }
        return (fileLine, 1)
    }
}
