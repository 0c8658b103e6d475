import Ccmark
import Foundation

/// A line of Markdown written in front matter (a summary: "Why *asking first* fails"), as
/// libcmark reads it: HTML for pages, where the emphasis shows, and plain text for
/// descriptions, feeds and share text, where markers would show raw.
public struct InlineMarkdown: Sendable, Equatable {
    /// The inline HTML, without the paragraph around it; nil when the text has no markup, so a
    /// template escapes `plain` as before.
    public var html: String?
    public var plain: String

    /// Raw HTML is not rendered (libcmark's safe mode): front matter is no place for it.
    public init(_ text: String, smart: Bool) {
        guard text.utf8.contains(where: Self.couldBeMarkup) else {
            self.html = nil
            self.plain = smart ? SmartPunctuation.apply(to: text) : text
            return
        }
        // A summary is one paragraph whatever it starts with ("1. " or "# " is text here).
        let source = "&#32;" + text.split(whereSeparator: \.isNewline).joined(separator: " ")
        let options = CMARK_OPT_DEFAULT | (smart ? CMARK_OPT_SMART : 0)
        guard let document = source.withCString({ cmark_parse_document($0, source.utf8.count, options) }) else {
            self.html = nil
            self.plain = text
            return
        }
        defer { cmark_node_free(document) }
        self.plain = CmarkNode.plainText(of: document)
        var html = ""
        if let paragraph = cmark_node_first_child(document), let rendered = cmark_render_html(paragraph, options) {
            html = String(cString: rendered)
            free(rendered)
        }
        html = html.trimmingCharacters(in: .whitespacesAndNewlines)
        if html.hasPrefix("<p>"), html.hasSuffix("</p>") { html = String(html.dropFirst(3).dropLast(4)) }
        // libcmark marks what safe mode left out; a summary just goes without it.
        html = html.replacingOccurrences(of: "<!-- raw HTML omitted -->", with: "")
        self.html = html.trimmingCharacters(in: .whitespaces)
    }

    /// Bytes that start Markdown or an entity: `*` `_` `` ` `` `[` `<` `&` `\` `!` and `~`.
    private static func couldBeMarkup(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x2A, 0x5F, 0x60, 0x5B, 0x3C, 0x26, 0x5C, 0x21, 0x7E: true
        default: false
        }
    }
}
