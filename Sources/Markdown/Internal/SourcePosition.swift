import Ccmark

/// Where a node starts in the source. libcmark records positions for blocks; for some
/// inlines it leaves them at zero, so we fall back to the nearest block that has one.
enum SourcePosition {
    static func of(_ node: OpaquePointer) -> (line: Int, column: Int) {
        var current: OpaquePointer? = node
        while let candidate = current {
            let line = Int(cmark_node_get_start_line(candidate))
            if line > 0 {
                return (line, max(1, Int(cmark_node_get_start_column(candidate))))
            }
            current = cmark_node_parent(candidate)
        }
        return (1, 1)
    }
}
