/// What some bytes become when text is escaped (HTML entities, JSON string escapes): one table
/// entry for each of the 256 byte values, so a scan costs one load and one predictable branch
/// per byte. A rule written as comparisons sent the spaces, digits and punctuation of ordinary
/// text down a chain of branches; on the share kit's pages (about 10 KB escaped per article)
/// that was a tenth of the kit's time. Every byte replaced is ASCII, so no character is split.
public struct ByteEscapes: Sendable {
    /// 0 for a byte kept, else 1 + the index of its replacement.
    private let table: [UInt8]
    private let replacementText: [String]
    private let replacementBytes: [[UInt8]]

    /// `replacement` says what a byte becomes, or nil to keep it; asked once per byte value.
    init(_ replacement: (UInt8) -> String?) {
        var table = [UInt8](repeating: 0, count: 256)
        var texts: [String] = []
        for value in 0...255 {
            guard let text = replacement(UInt8(value)) else { continue }
            texts.append(text)
            table[value] = UInt8(texts.count)
        }
        self.table = table
        replacementText = texts
        replacementBytes = texts.map { Array($0.utf8) }
    }

    /// Whether any byte of `bytes` is replaced.
    func changes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        table.withUnsafeBufferPointer { table in bytes.contains { table[Int($0)] != 0 } }
    }

    /// Walks `bytes` in order, handing `keep` each run of kept bytes (as offsets) and `replace`
    /// the replacement of each byte between them.
    @inline(__always)
    func scan(_ bytes: UnsafeBufferPointer<UInt8>, keep: (Range<Int>) -> Void, replace: (_ text: String, _ bytes: [UInt8]) -> Void) {
        table.withUnsafeBufferPointer { table in
            var runStart = 0
            for offset in 0..<bytes.count {
                let entry = Int(table[Int(bytes[offset])])
                guard entry != 0 else { continue }
                if offset > runStart { keep(runStart..<offset) }
                replace(replacementText[entry - 1], replacementBytes[entry - 1])
                runStart = offset + 1
            }
            if runStart < bytes.count { keep(runStart..<bytes.count) }
        }
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
    /// close a surrounding `<script>` element.
    public static let json = ByteEscapes { byte in
        switch byte {
        case UInt8(ascii: "\""): return "\\\""
        case UInt8(ascii: "\\"): return "\\\\"
        case UInt8(ascii: "<"): return "\\u003c"
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
