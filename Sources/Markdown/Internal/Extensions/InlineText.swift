import Ccmark

/// libcmark leaves a run of text in several text nodes where brackets or `!` were tried as
/// link syntax (`[`, `^1`, `]`). The extensions read text as the reader sees it, so they first
/// join neighbouring text nodes of a container into one.
enum InlineText {
    static func mergeAdjacentText(in container: OpaquePointer) {
        var child = cmark_node_first_child(container)
        while let current = child {
            var next = cmark_node_next(current)
            if cmark_node_get_type(current) == CMARK_NODE_TEXT, let first = next, cmark_node_get_type(first) == CMARK_NODE_TEXT {
                var merged = CmarkNode.literal(current)
                while let following = next, cmark_node_get_type(following) == CMARK_NODE_TEXT {
                    merged += CmarkNode.literal(following)
                    next = cmark_node_next(following)
                    cmark_node_unlink(following)
                    cmark_node_free(following)
                }
                cmark_node_set_literal(current, merged)
            }
            child = next
        }
    }

    /// A new text node holding `text`.
    static func node(_ text: String) -> OpaquePointer? {
        guard let node = cmark_node_new(CMARK_NODE_TEXT) else { return nil }
        cmark_node_set_literal(node, text)
        return node
    }

    /// A new inline node that libcmark writes as `enter`, its children, then `exit`, as is
    /// (the safe mode does not touch it: the HTML is Goodwill's, never the author's).
    static func raw(enter: String, exit: String = "") -> OpaquePointer? {
        guard let node = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { return nil }
        cmark_node_set_on_enter(node, enter)
        cmark_node_set_on_exit(node, exit)
        return node
    }

    /// Inline containers whose children the extensions read, in document order.
    static func isContainer(_ type: cmark_node_type) -> Bool {
        switch type {
        case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING, CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_LINK, CMARK_NODE_CUSTOM_INLINE:
            return true
        default:
            return false
        }
    }
}

/// CommonMark's classes of characters around a delimiter run.
enum DelimiterCharacter {
    static func isWhitespace(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return true }
        return scalar.properties.isWhitespace
    }

    static func isPunctuation(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        if scalar.isASCII { return scalar.value < 128 && (33...47 ~= scalar.value || 58...64 ~= scalar.value || 91...96 ~= scalar.value || 123...126 ~= scalar.value) }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }
}
