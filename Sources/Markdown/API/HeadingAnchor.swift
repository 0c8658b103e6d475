/// The `#` link a heading carries to its own id, for copying a link to a section (as Hugo's
/// PaperMod writes it). Hidden from screen readers and left out of the tab order: the heading's
/// accessible name stays its text, and the table of contents already leads to every section;
/// the theme shows it when the heading is hovered.
public enum HeadingAnchor {
    private static let start = "<a class=\"heading-anchor\" aria-hidden=\"true\" tabindex=\"-1\" href=\"#"
    private static let end = "\">#</a>"

    static func html(for id: String) -> String { start + id + end }

    /// The HTML without heading anchors, for where a page's HTML is read away from the page (a
    /// feed reader shows the `#` as text).
    public static func removed(from html: String) -> String {
        guard html.contains(start) else { return html }
        var output = ""
        var rest = Substring(html)
        while let found = rest.range(of: start) {
            output += rest[..<found.lowerBound]
            guard let close = rest[found.upperBound...].range(of: end) else { rest = rest[found.lowerBound...]; break }
            rest = rest[close.upperBound...]
        }
        return output + rest
    }
}
