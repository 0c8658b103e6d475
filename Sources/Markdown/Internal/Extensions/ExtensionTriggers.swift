/// Which GitHub Flavored Markdown extensions a source could use, from one pass over its bytes.
/// Most articles use none of them; an extension whose trigger byte is absent costs nothing.
struct ExtensionTriggers {
    /// A `|`: a table is possible.
    var tables = false
    /// A `~`: strikethrough is possible.
    var strikethrough = false
    /// `[^`: footnotes are possible.
    var footnotes = false
    /// `[ ]`, `[x]` or `[X]`: a task list item is possible.
    var taskItems = false

    init(_ source: UnsafeRawBufferPointer) {
        guard let bytes = source.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
        let count = source.count
        var index = 0
        while index < count {
            switch bytes[index] {
            case UInt8(ascii: "|"): tables = true
            case UInt8(ascii: "~"): strikethrough = true
            case UInt8(ascii: "["):
                if index + 1 < count, bytes[index + 1] == UInt8(ascii: "^") { footnotes = true }
                if index + 2 < count, bytes[index + 2] == UInt8(ascii: "]") {
                    let inside = bytes[index + 1]
                    if inside == 32 || inside == 9 || inside == UInt8(ascii: "x") || inside == UInt8(ascii: "X") { taskItems = true }
                }
            default: break
            }
            index += 1
        }
    }

    var any: Bool { tables || strikethrough || footnotes || taskItems }
}
