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

    /// `escape(text)` appended to `output`.
    public static func escape(_ text: String, into output: inout String) {
        ByteEscapes.html.append(text, to: &output)
    }

    public static func escape(_ text: String) -> String {
        var copy = text
        guard copy.withUTF8({ ByteEscapes.html.changes($0) }) else { return text }
        var output = ""
        output.reserveCapacity(text.utf8.count + 32)
        escape(text, into: &output)
        return output
    }
}
