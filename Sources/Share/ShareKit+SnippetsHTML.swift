import Core
import Site

extension ShareKit {
    /// The snippets' sections as the built-in share template lays them out, made here in one pass:
    /// through the template they cost ~90 lookups per page, and with 10,000 articles the share
    /// pages were most of the build's list phase. Byte for byte what `{{#snippets}}` renders.
    static func snippetsHTML(_ entries: [SnippetEntry]) -> String {
        var html = UTF8Buffer(capacity: entries.reduce(2_000) { $0 + 4 * $1.snippet.text.utf8.count + 3 * $1.snippet.url.utf8.count + 600 })
        for (index, entry) in entries.enumerated() {
            let snippet = entry.snippet
            let parts = SectionParts.of(snippet.platform)
            if index > 0 { html.append("\n") }
            html.append(parts.heading)
            if let subject = snippet.subject {
                html.append("<p><strong>Subject:</strong> "); html.append(subject, escaping: .html); html.append("</p>")
            }
            html.append(parts.label)
            html.append(snippet.isCustom ? " (written by the author)</label>\n" : "</label>\n")
            html.append(parts.textBox); html.append(entry.rows); html.append("\">")
            html.append(snippet.text, escaping: .html)
            html.append("</textarea>\n  <p class=\"meta\">"); html.append(snippet.length.grouped); html.append(" of "); html.append(snippet.platform.generatedLimit.grouped)
            html.append(parts.countingAndCopy)
            ShareLinks.write(snippet, mastodonInstance: entry.mastodonInstance, into: &html, inHTML: true)
            html.append(parts.end)
        }
        return html.text()
    }

    /// What a platform's section says whatever the snippet: made once per platform, where
    /// writing it piece by piece was a few dozen small appends per section, six sections a page.
    struct SectionParts {
        /// From `<section …>` to just after the heading.
        let heading: String
        /// The text box's label, up to where "(written by the author)" may follow.
        let label: String
        /// The text box up to its `rows` value.
        let textBox: String
        /// After the limit: how the platform counts, then the copy button, up to the share link.
        let countingAndCopy: String
        /// After the share link.
        let end: String

        static func of(_ platform: Platform) -> SectionParts { all[platform.ordinal] }

        private static let all: [SectionParts] = Platform.allCases.map(SectionParts.init)

        private init(_ platform: Platform) {
            let id = platform.rawValue, name = HTMLEscaping.escape(platform.displayName)
            heading = "<section class=\"share-snippet\" aria-labelledby=\"share-\(id)\">\n  <h2 id=\"share-\(id)\">\(name)</h2>\n  "
            label = "\n  <label for=\"text-\(id)\">Text for \(name)"
            textBox = "  <textarea id=\"text-\(id)\" readonly rows=\""
            countingAndCopy = " \(HTMLEscaping.escape(ShareKit.countingNote(platform)))</p>\n"
                + "  <p class=\"share-actions\"><button type=\"button\" data-copy=\"text-\(id)\" hidden>Copy text</button> <a href=\""
            end = "\" rel=\"noopener\">Open \(name)</a></p>\n</section>"
        }
    }
}
