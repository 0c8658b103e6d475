/// Appends text to a string with some of its bytes replaced (`ByteEscapes`). The runs between
/// replaced bytes are appended as slices of the text, which a String takes without checking
/// their UTF-8 again (bytes made into a String are validated, and a scan through String
/// indices was slower still: both showed on the share kit's pages).
enum EscapedAppend {
    @inline(__always)
    static func append(_ text: String, to output: inout String, escaping escapes: ByteEscapes) {
        var copy = text
        copy.withUTF8 { bytes in
            let utf8 = text.utf8
            escapes.scan(bytes) { run in
                output += text[utf8.index(utf8.startIndex, offsetBy: run.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: run.upperBound)]
            } replace: { index in
                output += escapes.replacementText(index)
            }
        }
    }
}
