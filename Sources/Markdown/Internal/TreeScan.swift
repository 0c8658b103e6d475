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
    /// Raw HTML blocks and inlines, which the safe default filters (`RawHTMLFilter`), in document
    /// order, the more marker left out.
    private(set) var rawHTML: [OpaquePointer] = []
    /// Code blocks of any kind.
    private(set) var codeBlockCount = 0
    /// Fenced blocks that name a language (`swift` of ```` ```swift ````), with it.
    private(set) var namedCodeBlocks: [(node: OpaquePointer, language: String)] = []

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
                    if let language { namedCodeBlocks.append((node, String(language))) }
                }
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                if !Self.isMoreMarker(node) { rawHTML.append(node) }
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

    /// Counts starts of words: a non-space byte after a space (or at the start). Every text node
    /// of every article goes through it, so it reads eight bytes at a time: a mask of the space
    /// bytes of a word, the same mask moved one byte on (each byte then sees whether the byte
    /// before it was a space), and a population count of the bytes that start a word.
    private static func words(in text: UnsafePointer<CChar>) -> Int {
        let length = strlen(text)
        return UnsafeRawPointer(text).withMemoryRebound(to: UInt8.self, capacity: length) { bytes in
            var count = 0
            var previousIsSpace: UInt64 = 1
            var index = 0
            while index + 8 <= length {
                let word = UInt64(littleEndian: UnsafeRawPointer(bytes + index).loadUnaligned(as: UInt64.self))
                let spaces = spaceMask(word)
                let before = (spaces << 8) | (previousIsSpace << 7)
                count &+= (~spaces & before & highBits).nonzeroBitCount
                previousIsSpace = spaces >> 63
                index += 8
            }
            while index < length {
                let byte = bytes[index]
                let isSpace: UInt64 = (byte == 32 || byte &- 9 < 5) ? 1 : 0
                count &+= Int(previousIsSpace & (1 &- isSpace))
                previousIsSpace = isSpace
                index += 1
            }
            return count
        }
    }

    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let lowSevenBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// The high bit of each byte of `word` that is ASCII whitespace: a space (32), or 9 to 13
    /// (tab, line feed, vertical tab, form feed, carriage return). No byte's sum carries into the
    /// next one, so the test is exact for every byte, UTF-8 lead and continuation bytes included.
    private static func spaceMask(_ word: UInt64) -> UInt64 {
        let low = word & lowSevenBits
        let ascii = ~word & highBits
        let fromSpace = word ^ 0x2020_2020_2020_2020  // zero where the byte is a space
        let isSpace = ~(((fromSpace & lowSevenBits) &+ lowSevenBits) | fromSpace) & highBits
        let atLeastNine = low &+ 0x7777_7777_7777_7777  // 0x80 - 9 in each byte
        let atLeastFourteen = low &+ 0x7272_7272_7272_7272  // 0x80 - 14
        let isControlSpace = atLeastNine & ~atLeastFourteen & ascii
        return isSpace | isControlSpace
    }
}
