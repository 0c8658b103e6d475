import Ccmark
import Core
import Foundation

/// Renders CommonMark to HTML with libcmark, and reads what the site needs from the
/// same tree: heading ids, word count, summary text. One parse, no second pass over text.
public struct MarkdownRenderer: Sendable {
    public var options: MarkdownOptions
    /// Colours fenced code that names a language; nil writes code plain.
    public var codeColouring: (any CodeColouring)?

    public init(options: MarkdownOptions = MarkdownOptions(), codeColouring: (any CodeColouring)? = nil) {
        self.options = options
        self.codeColouring = codeColouring
    }

    /// Renders `source`. `rewriteLink` is asked about every link and image destination
    /// first; it is where a caller turns `other.md` into a URL or records a broken link.
    public func render(
        _ source: UnsafeRawBufferPointer,
        rewriteLink: (MarkdownLink) -> LinkRewrite = { _ in .keep }
    ) -> RenderedMarkdown {
        let triggers = ExtensionTriggers(source)
        return withoutActuallyEscaping(rewriteLink) { rewriteLink in
            let footnotes = triggers.footnotes ? Footnotes() : nil
            let remaining = footnotes?.extract(from: source, options: cmarkOptions)
            let passes = TreePasses(cmarkOptions: cmarkOptions, allowsRawHTML: options.allowsRawHTML,
                                    footnotes: remaining == nil ? nil : footnotes, rewriteLink: rewriteLink)
            if let remaining {
                return remaining.withUnsafeBytes { renderDocument($0, triggers: triggers, passes: passes) }
            }
            return renderDocument(source, triggers: triggers, passes: passes)
        }
    }

    private func renderDocument(_ source: UnsafeRawBufferPointer, triggers: ExtensionTriggers, passes: TreePasses) -> RenderedMarkdown {
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
        let lines = triggers.tables || passes.footnotes != nil ? SourceLines(source) : nil
        let tables = lines.map { passes.tables(in: scan, lines: $0) } ?? [:]
        if let lines, !tables.isEmpty || passes.footnotes != nil { passes.keepReferenceDefinitions(of: document, lines: lines) }
        let closingTags = passes.apply(to: document, scan: scan, tables: tables, triggers: triggers, offset: .start)
        // Paragraphs that became tables are gone (their pointers are only compared, never read).
        let firstParagraph = SummaryRule.fromParagraphs(scan.paragraphs.lazy.filter { tables[$0] == nil }.map { CmarkNode.plainText(of: $0) })
        let textBeforeMore = removeMoreMarker(from: document)
        if let codeColouring { colour(scan.namedCodeBlocks, with: codeColouring) }
        let words = scan.wordCount
        let headings = giveHeadingsIDs(scan.headings)
        var html = CmarkNode.html(of: document, options: cmarkOptions) + closingTags
        if let footnotes = passes.footnotes {
            html += footnotes.sectionHTML { body, line in
                passes.fragmentHTML(body, at: SourceOffset(line: line, column: 1), inline: false)
            }
        }
        if scan.codeBlockCount > 0 || passes.footnotes != nil {
            // A code block scrolls sideways on a narrow screen; focusable, it scrolls by keyboard
            // too (WCAG 2.1.1). libcmark writes every block as `<pre><code`.
            html = ByteReplace.replacing("<pre><code", with: "<pre tabindex=\"0\"><code", in: html)
        }
        if !passes.imageSizes.isEmpty { html = ImageSizes.add(passes.imageSizes, to: html) }
        html = LazyImages.mark(html)

        var rendered = RenderedMarkdown(
            html: html,
            headings: headings,
            wordCount: words,
            readingTime: max(1, (words + options.wordsPerMinute - 1) / max(1, options.wordsPerMinute)),
            textBeforeMoreMarker: textBeforeMore,
            firstParagraphText: firstParagraph
        )
        rendered.codeBlockCount = scan.codeBlockCount
        rendered.codeLanguages = Set(scan.namedCodeBlocks.map(\.language)).sorted()
        if !options.allowsRawHTML {
            rendered.omittedRawHTML = passes.rawHTMLLeftOut
            rendered.firstOmittedRawHTML = passes.firstRawHTML.map { SourceLocation(line: $0.line, column: $0.column) }
        }
        return rendered
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

    /// Each block the colourer knows becomes a custom block with its coloured HTML, written as
    /// libcmark writes a block (`<pre><code class="language-…">`), so what follows treats both alike.
    private func colour(_ blocks: [(node: OpaquePointer, language: String)], with colouring: any CodeColouring) {
        for (node, language) in blocks {
            guard let coloured = colouring.colour(CmarkNode.literal(node), language: language),
                  let replacement = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { continue }
            let name = ByteEscapes.html.escape(language)
            cmark_node_set_on_enter(replacement, "<pre><code class=\"language-\(name)\">" + coloured + "</code></pre>\n")
            cmark_node_replace(node, replacement)
            cmark_node_free(node)
        }
    }

    /// Removes the `<!-- more -->` marker and returns the plain text before it.
    private func removeMoreMarker(from document: OpaquePointer) -> String? {
        let blocks = CmarkNode.children(of: document)
        guard let marker = blocks.firstIndex(where: TreeScan.isMoreMarker) else { return nil }
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
        let written = nodes.map { Int(cmark_node_get_heading_level($0)) }
        let levels = options.shallowestHeadingLevel.map { HeadingOutline.levels(written: written, shallowest: $0) } ?? written
        let texts = nodes.map { CmarkNode.plainText(of: $0, includingImages: true) }
        let ids = texts.map { slugs.claim(Slug.make(from: $0)) }
        // Other generators' spelling of each id, where it differs and is nobody's id: after every
        // id is known, so an alternate never changes an id.
        var taken = Set(ids)
        let alternates = texts.map { text -> String? in
            // An apostrophe (' or ’, E2 80 99) is what the spellings differ on.
            guard text.utf8.contains(0x27) || text.utf8.contains(0x99) && text.unicodeScalars.contains("\u{2019}") else { return nil }
            let other = Slug.make(from: text.replacingOccurrences(of: "'", with: " ").replacingOccurrences(of: "\u{2019}", with: " "))
            guard !other.isEmpty, taken.insert(other).inserted else { return nil }
            return other
        }
        for (position, node) in nodes.enumerated() {
            let level = levels[position]
            let text = texts[position], id = ids[position]
            var heading = Heading(level: level, id: id, text: text, line: Int(cmark_node_get_start_line(node)))
            heading.alternateID = alternates[position]
            headings.append(heading)

            // libcmark writes `<hN>inner</hN>\n`: the inner HTML is kept, the tags written anew.
            let html = CmarkNode.html(of: node, options: cmarkOptions)
            var inner = html.utf8.dropFirst(4)
            while let last = inner.last, last == 10 { inner = inner.dropLast() }
            inner = inner.dropLast(5)
            guard let replacement = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { continue }
            let alternate = heading.alternateID.map { "<span id=\"\($0)\"></span>" } ?? ""
            let anchor = options.headingAnchors ? HeadingAnchor.html(for: id) : ""
            cmark_node_set_on_enter(replacement, "<h\(level) id=\"\(id)\">" + alternate + String(Substring(inner)) + anchor + "</h\(level)>")
            cmark_node_replace(node, replacement)
            cmark_node_free(node)
        }
        return headings
    }
}
