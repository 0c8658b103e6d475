import Ccmark
import Foundation

/// GitHub's footnotes, layered on libcmark: definitions (`[^label]: text`, continued by
/// indented lines) are taken out of the source before libcmark parses it (left in, a
/// definition can read as a link reference definition and vanish), references (`[^label]`)
/// become numbered links in the text, and the notes are written at the end in the order
/// they were first referenced, each with a link back. Unused definitions are dropped and a
/// reference to no definition stays text, as GitHub does.
final class Footnotes {
    struct Definition {
        var body: String
        /// Where the body's first line is in the source.
        var line: Int
    }

    /// By normalised label.
    private(set) var definitions: [String: Definition] = [:]
    /// Labels in the order of their first reference.
    private(set) var order: [String] = []
    private var referenceCount: [String: Int] = [:]
    /// Off while a note's own body is rendered: GitHub does not number references inside notes.
    var numbersReferences = true

    init() {}

    /// Takes the definitions out of `source` (each line of one becomes empty, so line numbers
    /// stay those of the file) and returns what is left; nil when there are none.
    func extract(from source: UnsafeRawBufferPointer, options: Int32) -> [UInt8]? {
        let lines = SourceLines(source)
        let excluded = Self.literalLines(source, options: options)
        var remaining = Array(source)
        var found = false
        var number = 1
        while number <= lines.count {
            guard !excluded.contains(number), let (label, firstText) = Self.definitionStart(lines.line(number)) else {
                number += 1
                continue
            }
            var bodyLines: [String] = []
            var bodyStart = number
            if firstText.isEmpty { bodyStart += 1 } else { bodyLines.append(firstText) }
            var last = number
            var next = number + 1
            var previousWasText = !firstText.isEmpty
            while next <= lines.count {
                let line = lines.line(next)
                let indent = Self.indentation(line)
                if indent.bytes >= line.count {
                    next += 1
                    previousWasText = false
                    continue
                }
                if indent.columns >= 4 {
                    bodyLines += Array(repeating: "", count: next - last - 1)
                    bodyLines.append(Self.dedent(line, columns: 4))
                } else if previousWasText, next == last + 1, Self.definitionStart(line) == nil, !Self.startsBlock(line) {
                    bodyLines.append(String(decoding: line.dropFirst(indent.bytes), as: UTF8.self))
                } else {
                    break
                }
                last = next
                previousWasText = true
                next += 1
            }
            if definitions[label] == nil { definitions[label] = Definition(body: bodyLines.joined(separator: "\n"), line: bodyStart) }
            for blank in number...last {
                let range = lines.start(of: blank)..<(lines.start(of: blank) + lines.line(blank).count)
                for index in range { remaining[index] = 32 }
            }
            found = true
            number = last + 1
        }
        return found ? remaining : nil
    }

    /// Replaces the references in one text node by numbered links.
    func linkReferences(in text: OpaquePointer) {
        guard numbersReferences else { return }
        let literal = CmarkNode.literal(text)
        guard literal.contains("[^") else { return }
        var pieces: [(text: String, label: String?)] = []
        var rest = Substring(literal)
        while let open = rest.range(of: "[^") {
            guard let close = rest[open.upperBound...].firstIndex(of: "]") else { break }
            let label = Self.normalise(rest[open.upperBound..<close])
            if !label.isEmpty, definitions[label] != nil {
                pieces.append((String(rest[..<open.lowerBound]), nil))
                pieces.append(("", label))
                rest = rest[rest.index(after: close)...]
            } else {
                pieces.append((String(rest[..<open.upperBound]), nil))
                rest = rest[open.upperBound...]
            }
        }
        guard pieces.contains(where: { $0.label != nil }) else { return }
        pieces.append((String(rest), nil))
        for piece in pieces {
            let node: OpaquePointer?
            if let label = piece.label {
                node = InlineText.raw(enter: referenceHTML(label))
            } else if !piece.text.isEmpty {
                node = InlineText.node(piece.text)
            } else {
                node = nil
            }
            if let node { cmark_node_insert_before(text, node) }
        }
        cmark_node_unlink(text)
        cmark_node_free(text)
    }

    private func referenceHTML(_ label: String) -> String {
        if referenceCount[label] == nil { order.append(label) }
        let count = (referenceCount[label] ?? 0) + 1
        referenceCount[label] = count
        let number = order.firstIndex(of: label)! + 1
        let id = count == 1 ? "fnref\(number)" : "fnref\(number)-\(count)"
        return "<sup class=\"footnote-ref\"><a href=\"#fn\(number)\" id=\"\(id)\" data-footnote-ref>\(number)</a></sup>"
    }

    /// The notes section, each body rendered by `render` (its first line's number given).
    func sectionHTML(render: (String, Int) -> String) -> String {
        guard !order.isEmpty else { return "" }
        numbersReferences = false
        var html = "<section class=\"footnotes\" data-footnotes>\n<h2 class=\"footnotes-title\">Notes</h2>\n<ol>\n"
        for (index, label) in order.enumerated() {
            let number = index + 1
            let definition = definitions[label]!
            var body = render(definition.body, definition.line)
            let backLinks = (1...(referenceCount[label] ?? 1)).map { count in
                let id = count == 1 ? "fnref\(number)" : "fnref\(number)-\(count)"
                let mark = count == 1 ? "↩" : "↩<sup>\(count)</sup>"
                return "<a href=\"#\(id)\" class=\"footnote-backref\" data-footnote-backref aria-label=\"Back to reference \(number)\">\(mark)</a>"
            }.joined(separator: " ")
            if body.hasSuffix("</p>\n") {
                body.removeLast(5)
                body += " " + backLinks + "</p>\n"
            } else {
                body += backLinks + "\n"
            }
            html += "<li id=\"fn\(number)\">\n" + body + "</li>\n"
        }
        return html + "</ol>\n</section>\n"
    }

    // MARK: - Reading the source

    /// `[^label]:` at up to three spaces of indentation: the label and the text after the colon.
    private static func definitionStart(_ line: ArraySlice<UInt8>) -> (String, String)? {
        let indent = indentation(line)
        guard indent.columns <= 3 else { return nil }
        let text = line.dropFirst(indent.bytes)
        guard text.starts(with: [UInt8(ascii: "["), UInt8(ascii: "^")]),
              let close = text.firstIndex(of: UInt8(ascii: "]")), close + 1 < text.endIndex,
              text[close + 1] == UInt8(ascii: ":") else { return nil }
        let labelBytes = text[(text.startIndex + 2)..<close]
        guard !labelBytes.isEmpty, labelBytes.count <= 999,
              !labelBytes.contains(where: { $0 == 32 || $0 == 9 || $0 == UInt8(ascii: "[") }) else { return nil }
        let after = String(decoding: text[(close + 2)...], as: UTF8.self).trimmingCharacters(in: .whitespaces)
        return (normalise(String(decoding: labelBytes, as: UTF8.self)[...]), after)
    }

    /// Labels match as link labels do: case-insensitively.
    private static func normalise(_ label: Substring) -> String {
        label.contains(where: { $0 == " " || $0 == "\n" || $0 == "\t" }) ? "" : label.lowercased()
    }

    private static func indentation(_ line: ArraySlice<UInt8>) -> (bytes: Int, columns: Int) {
        var bytes = 0, columns = 0
        for byte in line {
            if byte == 32 { columns += 1 } else if byte == 9 { columns += 4 - columns % 4 } else { break }
            bytes += 1
        }
        return (bytes, columns)
    }

    private static func dedent(_ line: ArraySlice<UInt8>, columns: Int) -> String {
        var removed = 0
        var index = line.startIndex
        while index < line.endIndex, removed < columns {
            if line[index] == 32 { removed += 1 } else if line[index] == 9 { removed += 4 - removed % 4 } else { break }
            index += 1
        }
        let padding = removed > columns ? String(repeating: " ", count: removed - columns) : ""
        return padding + String(decoding: line[index...], as: UTF8.self)
    }

    /// A line that ends a paragraph instead of continuing it lazily.
    private static func startsBlock(_ line: ArraySlice<UInt8>) -> Bool {
        let text = line.drop(while: { $0 == 32 || $0 == 9 })
        guard let first = text.first else { return true }
        switch first {
        case UInt8(ascii: "#"), UInt8(ascii: ">"), UInt8(ascii: "<"): return true
        case UInt8(ascii: "`"), UInt8(ascii: "~"): return text.starts(with: [first, first, first])
        case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "_"), UInt8(ascii: "="):
            return text.count == 1 || text.dropFirst().first == 32 || text.allSatisfy { $0 == first || $0 == 32 }
        default: return false
        }
    }

    /// Lines inside code and HTML blocks, where `[^x]:` is the author's text, not a definition.
    private static func literalLines(_ source: UnsafeRawBufferPointer, options: Int32) -> Set<Int> {
        guard let document = cmark_parse_document(source.baseAddress?.assumingMemoryBound(to: CChar.self), source.count, options) else { return [] }
        defer { cmark_node_free(document) }
        var lines = Set<Int>()
        let iterator = cmark_iter_new(document)
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator), cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER else { continue }
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_HTML_BLOCK else { continue }
            let first = Int(cmark_node_get_start_line(node)), last = Int(cmark_node_get_end_line(node))
            if first >= 1, last >= first { lines.formUnion(first...last) }
        }
        return lines
    }
}
