#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which GitHub Flavored Markdown extensions a source could use, from a few `memchr` scans of
/// its bytes. Most articles use none of them; an extension whose trigger byte is absent costs
/// nothing (a byte-by-byte loop here showed in profiles of 10,000-article builds).
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
        guard let base = source.baseAddress?.assumingMemoryBound(to: UInt8.self), source.count > 0 else { return }
        let count = source.count
        tables = memchr(base, Int32(UInt8(ascii: "|")), count) != nil
        strikethrough = memchr(base, Int32(UInt8(ascii: "~")), count) != nil
        var position = 0
        while position < count, !(footnotes && taskItems),
              let hit = memchr(base + position, Int32(UInt8(ascii: "[")), count - position) {
            let index = UnsafeRawPointer(hit).assumingMemoryBound(to: UInt8.self) - base
            if index + 1 < count, base[index + 1] == UInt8(ascii: "^") { footnotes = true }
            if index + 2 < count, base[index + 2] == UInt8(ascii: "]") {
                let inside = base[index + 1]
                if inside == 32 || inside == 9 || inside == UInt8(ascii: "x") || inside == UInt8(ascii: "X") { taskItems = true }
            }
            position = index + 1
        }
    }
}
