import Ccmark
import Foundation

/// What happens to every libcmark tree between parsing and writing HTML: links are offered to
/// the caller, then the GitHub Flavored Markdown extensions are layered on (tables, task list
/// items, strikethrough, footnote references). The document and each piece parsed on its own
/// (a table cell, a footnote) go through the same passes, so a link in a cell is checked and
/// rewritten like any other.
final class TreePasses {
    let cmarkOptions: Int32
    let allowsRawHTML: Bool
    let rewriteLink: (MarkdownLink) -> LinkRewrite
    let footnotes: Footnotes?
    /// Pieces of raw HTML left out by the allow-list, in the document and its pieces.
    private(set) var rawHTMLLeftOut = 0
    /// Where the first piece that lost something is in the file.
    private(set) var firstRawHTML: (line: Int, column: Int)?
    /// The document's link reference definitions, added to each piece parsed on its own so
    /// `[text][label]` in a cell or a note finds its destination.
    private var referenceDefinitions = ""
    /// Image URL → its size in pixels, for the `<img>` tags (see `ImageSizes`).
    private(set) var imageSizes: [String: (width: Int, height: Int)] = [:]

    init(cmarkOptions: Int32, allowsRawHTML: Bool, footnotes: Footnotes?, rewriteLink: @escaping (MarkdownLink) -> LinkRewrite) {
        self.cmarkOptions = cmarkOptions
        self.allowsRawHTML = allowsRawHTML
        self.footnotes = footnotes
        self.rewriteLink = rewriteLink
    }

    /// Paragraphs whose lines hold a table. Found before anything changes the tree.
    func tables(in scan: TreeScan, lines: SourceLines) -> [OpaquePointer: TablePlan] {
        var tables: [OpaquePointer: TablePlan] = [:]
        for paragraph in scan.paragraphs {
            if let plan = TablePlan.find(in: paragraph, lines: lines) { tables[paragraph] = plan }
        }
        return tables
    }

    /// Returns the end tags the raw HTML of this piece left open (see `RawHTMLFilter`), for the
    /// caller to write after the piece.
    @discardableResult
    func apply(to document: OpaquePointer, scan: TreeScan, tables: [OpaquePointer: TablePlan],
               triggers: ExtensionTriggers, offset: SourceOffset) -> String {
        // A table's links and raw HTML are handled when its cells are parsed again, at their own positions.
        let links = tables.isEmpty ? scan.links : scan.links.filter { !isInside($0.node, tables) }
        rewriteLinks(links, offset: offset)
        let closingTags = allowsRawHTML ? "" : filterRawHTML(scan.rawHTML.filter { tables.isEmpty || !isInside($0, tables) }, offset: offset)
        if triggers.taskItems { TaskListItems.apply(in: document) }
        guard triggers.strikethrough || footnotes != nil || !tables.isEmpty else { return closingTags }

        var containers: [OpaquePointer] = []
        walk(document, skipping: tables) { node, type in
            // A table's paragraph is visited (then skipped): it is freed when the table replaces it.
            if InlineText.isContainer(type), tables[node] == nil { containers.append(node) }
        }
        containers.forEach(InlineText.mergeAdjacentText)

        // References are numbered in reading order, tables' cells included, so tables are
        // built at their place in the same walk.
        var inOrder: [(node: OpaquePointer, table: TablePlan?)] = []
        walk(document, skipping: tables) { node, type in
            if let plan = tables[node] {
                inOrder.append((node, plan))
            } else if footnotes != nil, type == CMARK_NODE_TEXT {
                inOrder.append((node, nil))
            }
        }
        // Two tables with the same headings are two regions with one name (axe's
        // `landmark-unique`): the second and later are numbered.
        var labelsSeen: [String: Int] = [:]
        for (node, table) in inOrder {
            if let table {
                replace(node, with: table) { label in
                    labelsSeen[label, default: 0] += 1
                    return labelsSeen[label]! > 1 ? " (\(labelsSeen[label]!))" : ""
                }
            } else {
                footnotes?.linkReferences(in: node)
            }
        }
        if triggers.strikethrough { containers.forEach(Strikethrough.apply) }
        return closingTags
    }

    /// Each raw HTML node becomes a custom node holding what the allow-list keeps of it.
    private func filterRawHTML(_ nodes: [OpaquePointer], offset: SourceOffset) -> String {
        guard !nodes.isEmpty else { return "" }
        var filter = RawHTMLFilter()
        for node in nodes {
            let before = filter.leftOut
            let kept = filter.filter(CmarkNode.literal(node))
            if filter.leftOut > before {
                let local = SourcePosition.of(node)
                let position = offset.position(line: local.line, column: local.column)
                if firstRawHTML.map({ ($0.line, $0.column) > (position.line, position.column) }) ?? true { firstRawHTML = position }
            }
            let isBlock = cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK
            guard let replacement = cmark_node_new(isBlock ? CMARK_NODE_CUSTOM_BLOCK : CMARK_NODE_CUSTOM_INLINE) else { continue }
            cmark_node_set_on_enter(replacement, kept)
            cmark_node_replace(node, replacement)
            cmark_node_free(node)
        }
        rawHTMLLeftOut += filter.leftOut
        return filter.closingTags()
    }

    /// Keeps the link reference definitions of `document`: lines no top-level block covers
    /// (libcmark keeps no node for a definition).
    func keepReferenceDefinitions(of document: OpaquePointer, lines: SourceLines) {
        var covered = Set<Int>()
        for block in CmarkNode.children(of: document) {
            let first = Int(cmark_node_get_start_line(block)), last = Int(cmark_node_get_end_line(block))
            if first >= 1, last >= first { covered.formUnion(first...last) }
        }
        var definitions: [String] = []
        for number in 1...max(1, lines.count) where !covered.contains(number) {
            // libcmark's end lines are not exact for every block (an HTML comment's is not),
            // so only lines shaped as a definition are kept: `[label]: destination`.
            let line = lines.line(number).drop(while: { $0 == 32 })
            guard line.first == UInt8(ascii: "["), let close = line.firstIndex(of: UInt8(ascii: "]")),
                  close + 1 < line.endIndex, line[close + 1] == UInt8(ascii: ":") else { continue }
            definitions.append(String(decoding: line, as: UTF8.self))
        }
        referenceDefinitions = definitions.isEmpty ? "" : "\n\n" + definitions.joined(separator: "\n") + "\n"
    }

    /// Renders a piece of Markdown parsed on its own. `inline` for a table cell: the piece is
    /// one paragraph's content, written without its `<p>`.
    func fragmentHTML(_ text: String, at offset: SourceOffset, inline: Bool) -> String {
        var source = text
        var offset = offset
        if inline {
            let (protected, added) = InlineOnly.protect(text)
            source = protected
            offset.column -= added
        }
        source += referenceDefinitions
        return source.withUTF8 { buffer -> String in
            let bytes = UnsafeRawBufferPointer(buffer)
            guard !bytes.isEmpty,
                  let document = cmark_parse_document(bytes.baseAddress?.assumingMemoryBound(to: CChar.self), bytes.count, cmarkOptions)
            else { return "" }
            defer { cmark_node_free(document) }
            let triggers = ExtensionTriggers(bytes)
            let scan = TreeScan(document)
            let tables = triggers.tables && !inline ? self.tables(in: scan, lines: SourceLines(bytes)) : [:]
            let closingTags = apply(to: document, scan: scan, tables: tables, triggers: triggers, offset: offset)
            var html = CmarkNode.html(of: document, options: cmarkOptions)
            if inline, html.hasPrefix("<p>"), html.hasSuffix("</p>\n") {
                html = String(html.dropFirst(3).dropLast(5))
            }
            return html + closingTags
        }
    }

    private func replace(_ paragraph: OpaquePointer, with plan: TablePlan, numbering: (String) -> String) {
        let html = TableHTML.html(plan, numbering: numbering, cell: { cell in
            fragmentHTML(cell.text, at: SourceOffset(line: cell.line, column: cell.column), inline: true)
        }, paragraph: { leading in
            fragmentHTML(leading.text, at: SourceOffset(line: leading.line, column: leading.column), inline: false)
        })
        guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        cmark_node_set_on_enter(block, html)
        cmark_node_replace(paragraph, block)
        cmark_node_free(paragraph)
    }

    /// Visits nodes in document order, the paragraphs that become tables included but not entered.
    private func walk(_ document: OpaquePointer, skipping tables: [OpaquePointer: TablePlan],
                      _ visit: (OpaquePointer, cmark_node_type) -> Void) {
        let iterator = cmark_iter_new(document)
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            visit(node, type)
            if tables[node] != nil { cmark_iter_reset(iterator, node, CMARK_EVENT_EXIT) }
        }
    }

    private func isInside(_ node: OpaquePointer, _ tables: [OpaquePointer: TablePlan]) -> Bool {
        var current = cmark_node_parent(node)
        while let ancestor = current {
            if tables[ancestor] != nil { return true }
            current = cmark_node_parent(ancestor)
        }
        return false
    }

    private func rewriteLinks(_ links: [(node: OpaquePointer, kind: MarkdownLink.Kind)], offset: SourceOffset) {
        for (node, kind) in links {
            let destination = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            let local = SourcePosition.of(node)
            let (line, column) = offset.position(line: local.line, column: local.column)
            // Only an image's description is read (a missing one is reported); a link's text is
            // not, and walking every link's subtree showed in profiles of large builds.
            let text = kind == .image ? CmarkNode.plainText(of: node, includingImages: true) : ""
            switch rewriteLink(MarkdownLink(kind: kind, destination: destination, text: text, line: line, column: column)) {
            case .keep:
                // libcmark's safe mode drops javascript: and friends but lets data: images
                // through; a data: *link* is still a way to smuggle a page, so drop it too.
                if kind == .link, !allowsRawHTML, destination.lowercased().hasPrefix("data:") {
                    cmark_node_set_url(node, "")
                }
            case .replace(let url):
                cmark_node_set_url(node, url)
            case .image(let url, let width, let height):
                cmark_node_set_url(node, url)
                imageSizes[url] = (width, height)
            }
        }
    }
}
