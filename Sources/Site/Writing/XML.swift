/// Escaping for text and attribute values in XML (feeds, sitemap).
enum XML {
    private static let ampersand = Array("&amp;".utf8), lessThan = Array("&lt;".utf8), greaterThan = Array("&gt;".utf8)
    private static let quote = Array("&quot;".utf8), apostrophe = Array("&apos;".utf8)

    /// Works on UTF-8 bytes: feeds with full content escape megabytes of HTML, and a preview
    /// rewrites them after every edit.
    static func escape(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String? in
            // Nothing to do for most titles and URLs: hand the string back as it is.
            guard bytes.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 || $0 < 0x20 }) else {
                return nil
            }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + bytes.count / 4)
            for byte in bytes {
                switch byte {
                case 0x26: output += ampersand
                case 0x3C: output += lessThan
                case 0x3E: output += greaterThan
                case 0x22: output += quote
                case 0x27: output += apostrophe
                // Control characters other than tab and newlines are not allowed in XML 1.0.
                case 0x09, 0x0A, 0x0D: output.append(byte)
                case ..<0x20: continue
                default: output.append(byte)
                }
            }
            return String(decoding: output, as: UTF8.self)
        } ?? text
    }
}
