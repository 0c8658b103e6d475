import Ccmark
import Foundation

/// Small reads on libcmark's tree, kept in one place so the renderer reads as its steps.
enum CmarkNode {
    typealias Pointer = OpaquePointer

    static func children(of node: Pointer) -> [Pointer] {
        var result: [Pointer] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            result.append(current)
            child = cmark_node_next(current)
        }
        return result
    }

    static func literal(_ node: Pointer) -> String {
        guard let text = cmark_node_get_literal(node) else { return "" }
        return String(cString: text)
    }

    /// The words a reader sees, with line breaks and block boundaries as single spaces.
    /// Image descriptions are left out unless asked for: they describe a picture, and a
    /// summary made of alt text reads oddly.
    static func plainText(of root: Pointer, includingImages: Bool = false) -> String {
        var text = ""
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let event = cmark_iter_get_event_type(iterator)
            switch cmark_node_get_type(node) {
            case CMARK_NODE_IMAGE where !includingImages && event == CMARK_EVENT_ENTER:
                cmark_iter_reset(iterator, node, CMARK_EVENT_EXIT)
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                text += literal(node)
            case CMARK_NODE_CODE_BLOCK:
                text += " " + literal(node) + " "
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING, CMARK_NODE_ITEM:
                if event == CMARK_EVENT_EXIT { text += " " }
            default:
                break
            }
        }
        return collapsingWhitespace(text)
    }

    /// Runs of ASCII whitespace become one space, trimmed at both ends. Works on UTF-8
    /// bytes: `Character.isWhitespace` looks up Unicode properties and showed up in profiles.
    static func collapsingWhitespace(_ text: String) -> String {
        var text = text
        return text.withUTF8 { source in
            // The result is never longer than the text: written in place of a String, without
            // an array that checks its capacity on every byte.
            String(unsafeUninitializedCapacity: source.count) { output in
                var written = 0
                var pendingSpace = false
                for byte in source {
                    if byte == 32 || (byte >= 9 && byte <= 13) {
                        pendingSpace = written > 0
                    } else {
                        if pendingSpace {
                            output[written] = 32
                            written += 1
                            pendingSpace = false
                        }
                        output[written] = byte
                        written += 1
                    }
                }
                return written
            }
        }
    }

    /// Renders one node alone, as libcmark would inside the document.
    static func html(of node: Pointer, options: Int32) -> String {
        guard let rendered = cmark_render_html(node, options) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }
}
