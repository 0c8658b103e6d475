import Ccmark

/// GitHub Flavored Markdown's task list items: a list item whose first paragraph starts with
/// `[ ]`, `[x]` or `[X]` and a space gets a disabled checkbox in place of the marker. The box and
/// the paragraph's text are one `<label>`, so the box is named by its item (a checkbox with no
/// name is axe's `label` violation, WCAG 4.1.2).
enum TaskListItems {
    static func apply(in document: OpaquePointer) {
        var items: [OpaquePointer] = []
        let iterator = cmark_iter_new(document)
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
                  cmark_node_get_type(node) == CMARK_NODE_ITEM else { continue }
            items.append(node)
        }
        cmark_iter_free(iterator)
        for item in items { mark(item) }
    }

    private static func mark(_ item: OpaquePointer) {
        guard let paragraph = cmark_node_first_child(item), cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH else { return }
        InlineText.mergeAdjacentText(in: paragraph)
        guard let text = cmark_node_first_child(paragraph), cmark_node_get_type(text) == CMARK_NODE_TEXT else { return }
        let literal = Array(CmarkNode.literal(text).utf8)
        guard literal.count >= 3, literal[0] == UInt8(ascii: "["), literal[2] == UInt8(ascii: "]") else { return }
        let mark = literal[1]
        guard mark == 32 || mark == 9 || mark == UInt8(ascii: "x") || mark == UInt8(ascii: "X") else { return }
        let rest = literal[3...]
        if let first = rest.first {
            guard first == 32 || first == 9 else { return }
        } else {
            // "[ ]" alone on the line: the item's text goes on after a line break.
            guard let next = cmark_node_next(text),
                  cmark_node_get_type(next) == CMARK_NODE_SOFTBREAK || cmark_node_get_type(next) == CMARK_NODE_LINEBREAK else { return }
        }
        let checked = mark == UInt8(ascii: "x") || mark == UInt8(ascii: "X")
        let input = checked ? "<input type=\"checkbox\" disabled checked>" : "<input type=\"checkbox\" disabled>"
        guard let box = InlineText.raw(enter: "<label class=\"task\">" + input),
              let end = InlineText.raw(enter: "</label>") else { return }
        cmark_node_insert_before(text, box)
        cmark_node_append_child(paragraph, end)
        if rest.isEmpty {
            cmark_node_unlink(text)
            cmark_node_free(text)
        } else {
            cmark_node_set_literal(text, String(decoding: rest, as: UTF8.self))
        }
    }
}
