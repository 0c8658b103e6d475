import Core
import Yams

/// Reads YAML (front matter or `goodwill.yml`) into `FrontMatterNode`s with positions.
enum YAMLReader {
    /// Yams resolves a plain scalar's type by trying regular expressions (ICU's, slow here) on it,
    /// and does so for every mapping key as well, to find duplicates. In a profile of 10,000
    /// files that was most of the YAML time. So documents are composed with no rules, and
    /// `scalarValue` runs these — the types it tells apart — only on scalars that could match
    /// (see `mightBeTyped`); timestamps, merge keys and `=` are read as text anyway.
    private static let untyped = Resolver.basic
    private static let typing = Resolver.default.removing(.timestamp).removing(.merge).removing(.value)
    /// Yams's `Constructor.default` is a computed property that builds its three tables of
    /// functions on every access: one per file was 0.5% of a 10,000-article build. It is
    /// immutable (its tables are `let`s), so one serves every file on every thread.
    nonisolated(unsafe) private static let constructor = Constructor.default
    /// Words YAML 1.1 reads as booleans or null.
    private static let typedWords: Set<String> = [
        "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
        "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL",
    ]

    /// - Parameter firstLine: the file line of the YAML's first line, to report file positions.
    static func read(_ text: String, file: String, firstLine: Int) throws(Diagnostic) -> FrontMatterNode {
        let root: Node?
        do {
            // An explicit encoding: Yams's default reads the whole process environment on every call,
            // which showed in profiles of 10,000-article builds.
            root = try Yams.compose(yaml: text, untyped, constructor, .utf8)
        } catch let error as YamlError {
            throw syntaxError(error, in: text, file: file, firstLine: firstLine)
        } catch {
            throw Diagnostic(file: file, line: firstLine, column: 1, message: "cannot read YAML: \(error)")
        }
        guard let root else { return FrontMatterNode(.table([]), line: firstLine, column: 1) }
        return convert(root, firstLine: firstLine)
    }

    private static func convert(_ node: Node, firstLine: Int) -> FrontMatterNode {
        let line = (node.mark?.line ?? 1) + firstLine - 1
        let column = node.mark?.column ?? 1
        switch node {
        case .scalar(let scalar):
            return FrontMatterNode(scalarValue(node, scalar), line: line, column: column)
        case .sequence(let sequence):
            return FrontMatterNode(.list(sequence.map { convert($0, firstLine: firstLine) }), line: line, column: column)
        case .mapping(let mapping):
            let entries = mapping.map { pair in
                var value = convert(pair.value, firstLine: firstLine)
                value.keyLine = (pair.key.mark?.line ?? 1) + firstLine - 1
                value.keyColumn = pair.key.mark?.column ?? 1
                return (key: pair.key.string ?? "", node: value)
            }
            return FrontMatterNode(.table(entries), line: line, column: column)
        case .alias:
            return FrontMatterNode(.null, line: line, column: column)
        }
    }

    private static func scalarValue(_ node: Node, _ scalar: Node.Scalar) -> FrontMatterNode.Value {
        // The tag as written: empty for an untagged plain scalar (quoted ones come tagged !!str).
        // Values are not resolved before this (only keys are, for duplicates), so empty means implicit.
        let written = scalar.tag.description
        let tag: String
        if !written.isEmpty {
            tag = written
        } else if mightBeTyped(scalar.string) {
            tag = typing.resolveTag(of: .scalar(Node.Scalar(scalar.string, .implicit, .plain))).rawValue
        } else {
            tag = Tag.Name.str.rawValue
        }
        // Dates stay text: we parse them strictly ourselves (see ContentDate).
        switch tag {
        case Tag.Name.null.rawValue: return .null
        case Tag.Name.bool.rawValue: return node.bool.map(FrontMatterNode.Value.bool) ?? .string(scalar.string)
        // YAML 1.1 reads `12:30` as the base-60 number 750, and Yams traps on overflow doing so
        // (`777777777555547557:2` aborted a build, found by `make fuzz`): computed here, checked.
        case Tag.Name.int.rawValue where scalar.string.contains(":"):
            return sexagesimal(scalar.string).map(FrontMatterNode.Value.integer) ?? .string(scalar.string)
        case Tag.Name.int.rawValue: return node.int.map(FrontMatterNode.Value.integer) ?? .string(scalar.string)
        case Tag.Name.float.rawValue: return node.float.map(FrontMatterNode.Value.number) ?? .string(scalar.string)
        default: return .string(scalar.string)
        }
    }

    /// `12:30` → 750, `-1:00:00` → -3600; nil when it overflows or is not such a number.
    private static func sexagesimal(_ text: String) -> Int? {
        let negative = text.hasPrefix("-")
        let digits = text.drop { $0 == "+" || $0 == "-" }.replacingOccurrences(of: "_", with: "")
        var value = 0
        for part in digits.split(separator: ":", omittingEmptySubsequences: false) {
            guard let number = Int(part), number >= 0 else { return nil }
            let (shifted, overflowed) = value.multipliedReportingOverflow(by: 60)
            let (sum, overflowedAgain) = shifted.addingReportingOverflow(number)
            guard !overflowed, !overflowedAgain else { return nil }
            value = sum
        }
        return negative ? -value : value
    }

    /// Whether a plain scalar could be a bool, a number or null: those start with a digit, a sign,
    /// a dot or `~`, or are one of a few words. Titles, tags and slugs start with letters. And a
    /// number has no space, nor a `-` but as its sign or its exponent's: dates are text at once.
    private static func mightBeTyped(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return true }
        switch first {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "~"):
            var previous: UInt8 = 0
            for (index, byte) in text.utf8.enumerated() {
                if byte == UInt8(ascii: " ") { return false }
                if byte == UInt8(ascii: "-"), index > 0, previous != UInt8(ascii: "e"), previous != UInt8(ascii: "E") { return false }
                previous = byte
            }
            return true
        default:
            return typedWords.contains(text)
        }
    }

    private static func syntaxError(_ error: YamlError, in text: String, file: String, firstLine: Int) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            var message = "invalid YAML: \(problem)"
            if let context { message += " \(context.text)" }
            let (line, column) = inside(text, line: mark.line, column: mark.column)
            return Diagnostic(file: file, line: line + firstLine - 1, column: column, message: message,
                             hint: "check the indentation and quoting here (a value with ': ' in it needs quotes)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Diagnostic(file: file, line: context.mark.line + firstLine - 1, column: context.mark.column,
                             message: "invalid YAML: key \(duplicates.joined(separator: ", ")) is written twice",
                             hint: "keep one of them")
        default:
            return Diagnostic(file: file, line: firstLine, column: 1, message: "invalid YAML: \(error)")
        }
    }

    /// libyaml places an error found at the end of the text on the line after it, which the
    /// editor cannot jump to: such a position becomes the end of the last line (found by fuzzing).
    private static func inside(_ text: String, line: Int, column: Int) -> (line: Int, column: Int) {
        let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let count = lines.last?.isEmpty == true ? lines.count - 1 : lines.count
        guard line > count, count > 0 else { return (max(1, line), max(1, column)) }
        return (count, String(decoding: lines[count - 1], as: UTF8.self).count + 1)
    }
}
