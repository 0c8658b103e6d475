/// Every `<img>` of an article after its first is fetched when it nears the screen
/// (`loading="lazy"`) and decoded off the main thread (`decoding="async"`): one post with 29
/// pictures fetched 5.5 MB before the reader saw the second paragraph. The first stays eager,
/// since it is often what the reader sees first.
enum LazyImages {
    static func mark(_ html: String) -> String {
        // Most articles have one picture or none: a byte search says so without touching the text.
        guard ByteReplace.count("<img ", in: html, limit: 2) == 2 else { return html }
        var output = ""
        var rest = Substring(html)
        var seen = 0
        while let found = rest.range(of: "<img ") {
            output += rest[..<found.upperBound]
            seen += 1
            if seen > 1 { output += "loading=\"lazy\" decoding=\"async\" " }
            rest = rest[found.upperBound...]
        }
        guard seen > 1 else { return html }
        output += rest
        return output
    }
}
