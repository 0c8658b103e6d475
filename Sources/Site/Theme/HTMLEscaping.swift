import Mustache

/// The HTML escaping of `{{name}}`, done on UTF-8 bytes.
///
/// swift-mustache escapes one `Character` at a time with a dictionary lookup; in a profile of a
/// 1,000-article build that was a fifth of all CPU time. This produces exactly the same output
/// (the five characters it replaces are ASCII) and returns the text untouched, without copying,
/// when nothing needs escaping, which is the common case. Registered through swift-mustache's
/// public content-type API and switched on by a pragma `Theme` puts before every template.
public struct HTMLEscaping: MustacheContentType {
    static let name = "GOODWILL_HTML"
    /// On a line of its own, so it is a standalone tag that leaves no trace in the output.
    static let pragma = "{{% CONTENT_TYPE: \(name)}}\n"

    static func register() {
        MustacheContentTypes.register(HTMLEscaping(), named: name)
    }

    public func escapeText(_ text: String) -> String {
        Self.escape(text)
    }

    public static func escape(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String? in
            guard bytes.contains(where: { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0x22 || $0 == 0x27 }) else { return nil }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + bytes.count / 8)
            for byte in bytes {
                switch byte {
                case 0x3C: output.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])                    // &lt;
                case 0x3E: output.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])                    // &gt;
                case 0x26: output.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])              // &amp;
                case 0x22: output.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B])        // &quot;
                case 0x27: output.append(contentsOf: [0x26, 0x23, 0x33, 0x39, 0x3B])              // &#39;
                default: output.append(byte)
                }
            }
            return String(decoding: output, as: UTF8.self)
        } ?? text
    }
}
