/// What some bytes become when text is escaped (HTML entities, JSON string escapes): one table
/// entry for each of the 256 byte values, so a scan costs a load per byte and a branch per eight.
/// A rule written as comparisons sent the spaces, digits and punctuation of ordinary text down a
/// chain of branches, which showed in the share kit's profile (it escapes several kilobytes per
/// article). Every byte replaced is ASCII, so no character is split.
///
/// Only ever made as the static `html`, `json` and `plainJSON`, which live as long as the program: their
/// tables are plain memory, allocated once and never freed, so passing an escape set around
/// retains nothing (with arrays, a few retains per escaped string added up on every page).
public struct ByteEscapes: @unchecked Sendable {  // safe: the tables are written once, before any use, and never freed
    /// 0 for a byte kept, else 1 + the index of its replacement; 256 entries.
    private let table: UnsafePointer<UInt8>
    /// Each replacement as text, and as bytes: all of them one after the other in `bytes`,
    /// replacement `i` at `bytes[starts[i]..<starts[i + 1]]`.
    private let texts: UnsafePointer<String>
    private let bytes: UnsafeBufferPointer<UInt8>
    private let starts: UnsafeBufferPointer<Int>

    /// `replacement` says what a byte becomes, or nil to keep it; asked once per byte value.
    private init(_ replacement: (UInt8) -> String?) {
        var table = [UInt8](repeating: 0, count: 256)
        var texts: [String] = []
        for value in 0...255 {
            guard let text = replacement(UInt8(value)) else { continue }
            texts.append(text)
            table[value] = UInt8(texts.count)
        }
        func lasting<Element>(_ elements: [Element]) -> UnsafeBufferPointer<Element> {
            let memory = UnsafeMutableBufferPointer<Element>.allocate(capacity: elements.count)
            _ = memory.initialize(from: elements)
            return UnsafeBufferPointer(memory)
        }
        self.table = lasting(table).baseAddress!
        self.texts = lasting(texts).baseAddress!
        bytes = lasting(texts.flatMap { Array($0.utf8) })
        starts = lasting(texts.reduce(into: [0]) { starts, text in starts.append(starts.last! + text.utf8.count) })
    }

    /// Replacement `index` (as `scan` hands it out) as text.
    func replacementText(_ index: Int) -> String { texts[index] }

    /// Replacement `index` as bytes.
    func replacementBytes(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[starts[index]..<starts[index + 1]])
    }

    /// Whether any byte of `bytes` is replaced.
    public func changes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var changed = false
        scan(bytes, keep: { _ in }, replace: { _ in changed = true })
        return changed
    }

    /// `text` appended to `output` with the bytes this set names replaced. The runs between them
    /// are appended as slices of the text, which a String takes without checking their UTF-8
    /// again (bytes made into a String are validated, and a scan through String indices was
    /// slower still). `UTF8Buffer.append(_:escaping:)` is the same for a byte buffer.
    public func append(_ text: String, to output: inout String) {
        var copy = text
        copy.withUTF8 { bytes in
            let utf8 = text.utf8
            scan(bytes) { run in
                output += text[utf8.index(utf8.startIndex, offsetBy: run.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: run.upperBound)]
            } replace: { index in
                output += replacementText(index)
            }
        }
    }

    /// Walks `bytes` in order, handing `keep` each run of kept bytes (as offsets) and `replace`
    /// the index of each replacement between them (`replacementText`, `replacementBytes`).
    /// Eight bytes are looked up at once and their entries or-ed, so a stretch with nothing to
    /// replace, most of any text, costs one branch per eight bytes.
    @inline(__always)
    func scan(_ bytes: UnsafeBufferPointer<UInt8>, keep: (Range<Int>) -> Void, replace: (Int) -> Void) {
        var runStart = 0, offset = 0
        @inline(__always) func check(_ offset: Int) {
            let entry = Int(table[Int(bytes[offset])])
            guard entry != 0 else { return }
            if offset > runStart { keep(runStart..<offset) }
            replace(entry - 1)
            runStart = offset + 1
        }
        while offset + 8 <= bytes.count {
            let any = table[Int(bytes[offset])] | table[Int(bytes[offset + 1])] | table[Int(bytes[offset + 2])] | table[Int(bytes[offset + 3])]
                | table[Int(bytes[offset + 4])] | table[Int(bytes[offset + 5])] | table[Int(bytes[offset + 6])] | table[Int(bytes[offset + 7])]
            if any != 0 {
                for each in offset..<offset + 8 { check(each) }
            }
            offset += 8
        }
        while offset < bytes.count {
            check(offset)
            offset += 1
        }
        if runStart < bytes.count { keep(runStart..<bytes.count) }
    }

    /// HTML text and attribute values: the five characters swift-mustache's own escaping replaces,
    /// with the same entities, so a value escaped here reads as one escaped by a template.
    public static let html = ByteEscapes { byte in
        switch byte {
        case UInt8(ascii: "<"): return "&lt;"
        case UInt8(ascii: ">"): return "&gt;"
        case UInt8(ascii: "&"): return "&amp;"
        case UInt8(ascii: "\""): return "&quot;"
        case UInt8(ascii: "'"): return "&#39;"
        default: return nil
        }
    }

    /// The inside of a JSON string literal (RFC 8259), and `<` as `\u003c` so that no value can
    /// close a surrounding `<script>` element: JSON-LD, and the share kit's JSON beside its pages.
    public static let json = ByteEscapes { byte in byte == UInt8(ascii: "<") ? "\\u003c" : plainJSONEscape(byte) }

    /// The inside of a JSON string literal (RFC 8259) and no more: JSON files of their own that
    /// never sit in a page (`suggest` and `report` output).
    public static let plainJSON = ByteEscapes(plainJSONEscape)

    private static func plainJSONEscape(_ byte: UInt8) -> String? {
        switch byte {
        case UInt8(ascii: "\""): return "\\\""
        case UInt8(ascii: "\\"): return "\\\\"
        case UInt8(ascii: "\n"): return "\\n"
        case UInt8(ascii: "\r"): return "\\r"
        case UInt8(ascii: "\t"): return "\\t"
        case ..<0x20:
            let hex = String(byte, radix: 16)
            return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        default: return nil
        }
    }
}

extension ByteEscapes {
    /// `text` with the bytes this set names replaced; `text` itself, uncopied, when none is there.
    public func escape(_ text: String) -> String {
        var copy = text
        guard copy.withUTF8({ changes($0) }) else { return text }
        var output = ""
        output.reserveCapacity(text.utf8.count + 32)
        append(text, to: &output)
        return output
    }
}
