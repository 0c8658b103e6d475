import CFuzzDriver
import Markdown

/// Any bytes as an article body, through libcmark and everything Goodwill reads from its tree:
/// heading ids (unique, never empty) and levels (shifted, never past h6), links, the summary and
/// the <!--more--> marker, with and without raw HTML; and the GitHub Flavored Markdown layer
/// (tables, strikethrough, task lists, footnotes). Links are rewritten, as the site builder does
/// (images given a size), to exercise those paths.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdown(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = UnsafeRawBufferPointer(start: data, count: size)
    for options in [MarkdownOptions(shallowestHeadingLevel: 2), MarkdownOptions(allowsRawHTML: true, smartPunctuation: false)] {
        var links = 0
        let rendered = MarkdownRenderer(options: options).render(source) { link in
            links += 1
            if link.kind == .image { return .image(url: "/images/\(links).png", width: links, height: 2 * links) }
            return links % 2 == 0 ? .replace(with: "/rewritten/\(links)/") : .keep
        }
        if rendered.headings.contains(where: { !(1...6).contains($0.level) || $0.level < options.shallowestHeadingLevel }) {
            fatalError("heading level out of range \(rendered.headings.map(\.level))")
        }
        if rendered.omittedRawHTML < 0 { fatalError("negative raw HTML count") }
        let ids = rendered.headings.map(\.id)
        if Set(ids).count != ids.count { fatalError("duplicate heading ids \(ids)") }
        if ids.contains("") { fatalError("empty heading id") }
        if !options.allowsRawHTML { checkSafe(rendered.html) }
    }
    return 0
}

/// The allow-list's promise: in safe output every `<` opens a tag Goodwill or the allow-list wrote
/// (text is escaped), so no tag may be code, a frame or a style, or carry a handler, a style or a
/// script URL.
private func checkSafe(_ html: String) {
    let lowered = html.lowercased()
    for element in ["<script", "<style", "<iframe", "<object", "<embed", "<svg", "<math", "<textarea", "<template"] where lowered.contains(element) {
        fatalError("\(element) passed the safe default")
    }
    // Attribute values emptied: text in them (an aria-label quoting a cell) is not markup.
    // Goodwill's own table cells say their alignment with a style (`TableHTML`); no other may pass.
    let tags = lowered.replacing(/\ style="text-align: (left|center|right)"/, with: "").replacing(/"[^"]*"/, with: "\"\"")
    if tags.contains(/<[a-z][^>]*[\s\/"']on[a-z]*\s*=/) { fatalError("an event handler passed the safe default") }
    if tags.contains(/<[a-z][^>]*\sstyle\s*=/) { fatalError("a style attribute passed the safe default") }
    if lowered.contains(/(href|src|cite)\s*=\s*"\s*(javascript|vbscript|data):/) { fatalError("a script URL passed the safe default") }
}

/// The program's entry (see CFuzzDriver.h): libFuzzer's driver, with this target's input function.
@_cdecl("fuzz_markdown_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzMarkdown(data!, size) }
}
