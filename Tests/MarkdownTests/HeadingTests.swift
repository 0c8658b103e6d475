import Core
import Markdown
import Testing

@Suite("Headings")
struct HeadingTests {
    let renderer = MarkdownRenderer()

    @Test("a heading gets a slugified id")
    func slugifiedID() {
        let html = renderer.render("## Why give first?\n").html
        #expect(html == "<h2 id=\"why-give-first\">Why give first?</h2>\n")
    }

    @Test("repeated headings get -1, -2 suffixes")
    func uniqueIDs() {
        let rendered = renderer.render("# Intro\n\n## Intro\n\n### Intro\n")
        #expect(rendered.headings.map(\.id) == ["intro", "intro-1", "intro-2"])
        #expect(rendered.html.contains("<h3 id=\"intro-2\">Intro</h3>"))
    }

    @Test("inline markup in a heading is kept in the HTML and dropped from the id")
    func inlineMarkup() {
        let rendered = renderer.render("## Give *first*, ask `later`\n")
        #expect(rendered.html == "<h2 id=\"give-first-ask-later\">Give <em>first</em>, ask <code>later</code></h2>\n")
        #expect(rendered.headings == [Heading(level: 2, id: "give-first-ask-later", text: "Give first, ask later", line: 1)])
    }

    @Test("headings nested in a block quote get ids too")
    func nestedHeading() {
        #expect(renderer.render("> ## Quoted\n").html.contains("<h2 id=\"quoted\">Quoted</h2>"))
    }

    @Test("a heading with no letters still gets an id")
    func emptySlug() {
        #expect(renderer.render("## ???\n").headings.first?.id == "section")
    }
}

@Suite("Slugs")
struct SlugTests {
    @Test("slugs are lowercase, dash-separated and fold accents", arguments: [
        ("Sales Ops", "sales-ops"),
        ("Why give first?", "why-give-first"),
        ("Café au lait", "cafe-au-lait"),
        ("Don't ask first", "dont-ask-first"),
        ("  --Spaces--  ", "spaces"),
        ("B2B 2024", "b2b-2024"),
    ])
    func slug(input: String, expected: String) {
        #expect(Slug.make(from: input) == expected)
    }
}
