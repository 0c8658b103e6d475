import Ccmark
import Foundation

/// One walk over a parsed document that collects every node the renderer works on, and counts
/// words on the way. Walking once instead of once per node type took a measurable share off
/// the Markdown phase of large builds.
struct TreeScan {
    /// Links and images, in document order.
    private(set) var links: [(node: OpaquePointer, kind: MarkdownLink.Kind)] = []
    private(set) var headings: [OpaquePointer] = []
    private(set) var paragraphs: [OpaquePointer] = []
    /// Words in text and inline code (ASCII whitespace separates them).
    private(set) var wordCount = 0
    /// Raw HTML blocks and inlines, which the safe default leaves out of the page.
    private(set) var rawHTMLCount = 0
    /// The first of them, for the warning's position.
    private(set) var firstRawHTML: OpaquePointer?
    /// Code blocks, and the languages their info strings name (`swift` of ```` ```swift ````).
    private(set) var codeBlockCount = 0
    private(set) var codeLanguages = Set<String>()

    init(_ document: OpaquePointer) {
        let iterator = cmark_iter_new(document)
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_LINK: links.append((node, .link))
            case CMARK_NODE_IMAGE: links.append((node, .image))
            case CMARK_NODE_HEADING: headings.append(node)
            case CMARK_NODE_PARAGRAPH: paragraphs.append(node)
            case CMARK_NODE_CODE_BLOCK:
                codeBlockCount += 1
                if let info = cmark_node_get_fence_info(node), info.pointee != 0 {
                    let language = String(cString: info).split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "{" }).first
                    if let language { codeLanguages.insert(String(language)) }
                }
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                rawHTMLCount += 1
                if firstRawHTML == nil, !Self.isMoreMarker(node) { firstRawHTML = node }
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(node) { wordCount += Self.words(in: literal) }
            default: break
            }
        }
    }

    static func isMoreMarker(_ node: OpaquePointer) -> Bool {
        cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK
            && CmarkNode.literal(node).trimmingCharacters(in: .whitespacesAndNewlines) == "<!-- more -->"
    }

    /// Counts starts of words: a non-space byte after a space (or at the start). Branch-free over
    /// the bytes, since every text node of every article goes through it.
    private static func words(in text: UnsafePointer<CChar>) -> Int {
        let length = strlen(text)
        return UnsafeRawPointer(text).withMemoryRebound(to: UInt8.self, capacity: length) { bytes in
            var count = 0
            var previousIsSpace = 1
            for index in 0..<length {
                let byte = bytes[index]
                let isSpace = (byte == 32 || byte &- 9 < 5) ? 1 : 0
                count &+= previousIsSpace & (1 &- isSpace)
                previousIsSpace = isSpace
            }
            return count
        }
    }
}
