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

    /// `escape(text)` appended to `output`. The special bytes are found with a pointer scan and
    /// the runs between them appended as slices of `text`, which a String takes without
    /// checking their UTF-8 again (bytes turned into a String are validated, and a scan through
    /// String indices was slower still: both showed on the share kit's pages).
    public static func escape(_ text: String, into output: inout String) {
        var copy = text
        copy.withUTF8 { bytes in
            let utf8 = text.utf8
            var runStart = 0
            for offset in 0..<bytes.count {
                let byte = bytes[offset]
                // Most bytes are none of the five: one comparison range rules out all letters.
                guard byte <= 0x3E, byte == 0x3C || byte == 0x3E || byte == 0x26 || byte == 0x22 || byte == 0x27 else { continue }
                let entity: String
                switch byte {
                case 0x3C: entity = "&lt;"
                case 0x3E: entity = "&gt;"
                case 0x26: entity = "&amp;"
                case 0x22: entity = "&quot;"
                default: entity = "&#39;"
                }
                if offset > runStart {
                    output += text[utf8.index(utf8.startIndex, offsetBy: runStart)..<utf8.index(utf8.startIndex, offsetBy: offset)]
                }
                output += entity
                runStart = offset + 1
            }
            if runStart == 0 {
                output += text
            } else if runStart < bytes.count {
                output += text[utf8.index(utf8.startIndex, offsetBy: runStart)...]
            }
        }
    }

    public static func escape(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var extra = 0
            for byte in bytes {
                switch byte {
                case 0x3C, 0x3E: extra += 3
                case 0x26, 0x27: extra += 4
                case 0x22: extra += 5
                default: break
                }
            }
            guard extra > 0 else { return nil }
            // Written straight into the string, with no array per entity: share pages escape
            // every snippet's text, links and all.
            return String(unsafeUninitializedCapacity: bytes.count + extra) { output in
                var count = 0
                func put(_ entity: StaticString) {
                    for index in 0..<entity.utf8CodeUnitCount {
                        output[count] = entity.utf8Start[index]
                        count += 1
                    }
                }
                for byte in bytes {
                    switch byte {
                    case 0x3C: put("&lt;")
                    case 0x3E: put("&gt;")
                    case 0x26: put("&amp;")
                    case 0x22: put("&quot;")
                    case 0x27: put("&#39;")
                    default:
                        output[count] = byte
                        count += 1
                    }
                }
                return count
            }
        } ?? text
    }
}
