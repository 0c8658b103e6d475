/// Appends text to a string with some of its bytes replaced (HTML entities, JSON escapes). The
/// bytes are found with a pointer scan and the runs between them appended as slices of the text,
/// which a String takes without checking their UTF-8 again (bytes made into a String are
/// validated, and a scan through String indices was slower still: both showed on the share
/// kit's pages). Every byte replaced is ASCII, so no character is ever split.
enum EscapedAppend {
    /// `replacement` says what a byte becomes, or nil to keep it; it is asked of every byte, so
    /// it should rule most bytes out with one comparison.
    @inline(__always)
    static func append(_ text: String, to output: inout String, replacing replacement: (UInt8) -> String?) {
        var copy = text
        copy.withUTF8 { bytes in
            let utf8 = text.utf8
            var runStart = 0
            for offset in 0..<bytes.count {
                guard let replaced = replacement(bytes[offset]) else { continue }
                if offset > runStart {
                    output += text[utf8.index(utf8.startIndex, offsetBy: runStart)..<utf8.index(utf8.startIndex, offsetBy: offset)]
                }
                output += replaced
                runStart = offset + 1
            }
            if runStart == 0 {
                output += text
            } else if runStart < bytes.count {
                output += text[utf8.index(utf8.startIndex, offsetBy: runStart)...]
            }
        }
    }
}
