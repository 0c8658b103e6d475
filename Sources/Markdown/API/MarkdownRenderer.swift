import Ccmark
import Core
import Foundation

/// Renders CommonMark to HTML with libcmark, and reads what the site needs from the
/// same tree: heading ids, word count, summary text. One parse, no second pass over text.
public struct MarkdownRenderer: Sendable {
    public var options: MarkdownOptions

    public init(options: MarkdownOptions = MarkdownOptions()) {
        self.options = options
    }

    /// Renders `source`. `rewriteLink` is asked about every link and image destination
    /// first; it is where a caller turns `other.md` into a URL or records a broken link.
    public func render(
        _ source: UnsafeRawBufferPointer,
        rewriteLink: (MarkdownLink) -> LinkRewrite = { _ in .keep }
    ) -> RenderedMarkdown {
        let empty: [CChar] = [0]
        let document = empty.withUnsafeBufferPointer { emptyBuffer in
            cmark_parse_document(source.baseAddress?.assumingMemoryBound(to: CChar.self) ?? emptyBuffer.baseAddress,
                                 source.count, cmarkOptions)
        }
        guard let document else {
            return RenderedMarkdown(html: "", headings: [], wordCount: 0, readingTime: 1,
                                    textBeforeMoreMarker: nil, firstParagraphText: nil)
        }
        defer { cmark_node_free(document) }

        let scan = TreeScan(document)
        rewriteLinks(scan.links, using: rewriteLink)
        let textBeforeMore = removeMoreMarker(from: document)
        let firstParagraph = scan.paragraphs.lazy.map { CmarkNode.plainText(of: $0) }.first { !$0.isEmpty }
        let words = scan.wordCount
        let headings = giveHeadingsIDs(scan.headings)
        let html = CmarkNode.html(of: document, options: cmarkOptions)

        return RenderedMarkdown(
            html: html,
            headings: headings,
            wordCount: words,
            readingTime: max(1, (words + options.wordsPerMinute - 1) / max(1, options.wordsPerMinute)),
            textBeforeMoreMarker: textBeforeMore,
            firstParagraphText: firstParagraph
        )
    }

    /// Convenience for tests and cold paths.
    public func render(_ source: String, rewriteLink: (MarkdownLink) -> LinkRewrite = { _ in .keep }) -> RenderedMarkdown {
        var source = source
        return source.withUTF8 { render(UnsafeRawBufferPointer($0), rewriteLink: rewriteLink) }
    }

    var cmarkOptions: Int32 {
        var flags = CMARK_OPT_DEFAULT
        if options.smartPunctuation { flags |= CMARK_OPT_SMART }
        if options.allowsRawHTML { flags |= CMARK_OPT_UNSAFE }
        return flags
    }

    private func rewriteLinks(_ links: [(node: OpaquePointer, kind: MarkdownLink.Kind)], using rewriteLink: (MarkdownLink) -> LinkRewrite) {
        for (node, kind) in links {
            let destination = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            let (line, column) = SourcePosition.of(node)
            // Only an image's description is read (a missing one is reported); a link's text is
            // not, and walking every link's subtree showed in profiles of large builds.
            let text = kind == .image ? CmarkNode.plainText(of: node, includingImages: true) : ""
            switch rewriteLink(MarkdownLink(kind: kind, destination: destination, text: text, line: line, column: column)) {
            case .keep:
                // libcmark's safe mode drops javascript: and friends but lets data: images
                // through; a data: *link* is still a way to smuggle a page, so drop it too.
                if kind == .link, !options.allowsRawHTML, destination.lowercased().hasPrefix("data:") {
                    cmark_node_set_url(node, "")
                }
            case .replace(let url):
                cmark_node_set_url(node, url)
            }
        }
    }

    /// Removes the `<!-- more -->` marker and returns the plain text before it.
    private func removeMoreMarker(from document: OpaquePointer) -> String? {
        let blocks = CmarkNode.children(of: document)
        guard let marker = blocks.firstIndex(where: { block in
            cmark_node_get_type(block) == CMARK_NODE_HTML_BLOCK
                && CmarkNode.literal(block).trimmingCharacters(in: .whitespacesAndNewlines) == "<!-- more -->"
        }) else { return nil }
        let before = blocks[..<marker].map { CmarkNode.plainText(of: $0) }.filter { !$0.isEmpty }
        cmark_node_unlink(blocks[marker])
        cmark_node_free(blocks[marker])
        return before.joined(separator: " ")
    }

    /// libcmark writes bare `<h2>`; each heading is replaced by a custom block holding
    /// its own rendering with an `id`, so anchors work without touching the HTML text.
    private func giveHeadingsIDs(_ nodes: [OpaquePointer]) -> [Heading] {
        var slugs = UniqueSlugs()
        var headings: [Heading] = []
        for node in nodes {
            let level = Int(cmark_node_get_heading_level(node))
            let text = CmarkNode.plainText(of: node, includingImages: true)
            let id = slugs.claim(Slug.make(from: text))
            headings.append(Heading(level: level, id: id, text: text, line: Int(cmark_node_get_start_line(node))))

            var html = CmarkNode.html(of: node, options: cmarkOptions)
            html.replaceSubrange(html.startIndex..<html.index(html.startIndex, offsetBy: 3),
                                 with: "<h\(level) id=\"\(id)\"")
            if html.hasSuffix("\n") { html.removeLast() }
            guard let replacement = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { continue }
            cmark_node_set_on_enter(replacement, html)
            cmark_node_replace(node, replacement)
            cmark_node_free(node)
        }
        return headings
    }
}
