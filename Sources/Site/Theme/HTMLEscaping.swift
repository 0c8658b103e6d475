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

    /// `escape(text)` appended to `output` (`EscapedAppend`).
    public static func escape(_ text: String, into output: inout String) {
        EscapedAppend.append(text, to: &output) { byte in
            guard byte <= 0x3E else { return nil }  // all five are at or below ">": letters are not
            switch byte {
            case 0x3C: return "&lt;"
            case 0x3E: return "&gt;"
            case 0x26: return "&amp;"
            case 0x22: return "&quot;"
            case 0x27: return "&#39;"
            default: return nil
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
