import Core
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

    /// swift-mustache finds a pragma's content type in a process-wide table, its only way to
    /// add one; it is registered there once per process, a constant that nothing changes after,
    /// rather than again with every theme load (a preview loads themes from several threads' work).
    static let registered: Void = MustacheContentTypes.register(HTMLEscaping(), named: name)

    public func escapeText(_ text: String) -> String {
        Self.escape(text)
    }

    /// `escape(text)` appended to `output`.
    public static func escape(_ text: String, into output: inout String) {
        ByteEscapes.html.append(text, to: &output)
    }

    public static func escape(_ text: String) -> String {
        ByteEscapes.html.escape(text)
    }
}
