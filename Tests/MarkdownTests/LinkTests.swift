import Markdown
import Testing

@Suite("Link rewriting")
struct LinkTests {
    @Test("every link is offered with its line and column, and can be replaced")
    func rewrite() {
        var seen: [MarkdownLink] = []
        let html = MarkdownRenderer().render("Intro.\n\nSee [other](other.md) and ![pic](p.png).\n") { link in
            seen.append(link)
            return link.destination == "other.md" ? .replace(with: "/articles/other/") : .keep
        }.html
        #expect(seen == [
            MarkdownLink(kind: .link, destination: "other.md", text: "", line: 3, column: 5),
            MarkdownLink(kind: .image, destination: "p.png", text: "pic", line: 3, column: 27),
        ])
        #expect(html.contains("<a href=\"/articles/other/\">other</a>"))
        #expect(html.contains("src=\"p.png\""))
    }
}
