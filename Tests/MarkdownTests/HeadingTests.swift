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

@Suite("Headings answer to other generators' ids")
struct AlternateHeadingIDTests {
    @Test("\"Relink, don't rebuild\" is #relink-dont-rebuild and answers to #relink-don-t-rebuild; a heading without an apostrophe has one id")
    func alternate() {
        let rendered = MarkdownRenderer().render("## Relink, don't rebuild\n\n## Plain heading\n\n## Relink don t rebuild\n")
        #expect(rendered.headings.map(\.id) == ["relink-dont-rebuild", "plain-heading", "relink-don-t-rebuild"])
        // The third heading owns relink-don-t-rebuild, so the first takes no alternate: ids never clash.
        #expect(rendered.headings.map(\.alternateID) == [nil, nil, nil])
        let single = MarkdownRenderer().render("## Relink, don’t rebuild\n")
        #expect(single.headings[0].alternateID == "relink-don-t-rebuild")
        #expect(single.html.contains("<h2 id=\"relink-dont-rebuild\"><span id=\"relink-don-t-rebuild\"></span>Relink, don’t rebuild</h2>"))
    }
}

@Suite("Heading outline")
struct HeadingOutlineTests {
    let renderer = MarkdownRenderer(options: MarkdownOptions(shallowestHeadingLevel: 2))

    @Test("an article that starts at ### is written from <h2>, as one that starts at #")
    func shallowestBecomesTwo() {
        #expect(renderer.render("### A\n\n#### B\n\n### C\n").headings.map(\.level) == [2, 3, 2])
        #expect(renderer.render("# A\n\n## B\n").headings.map(\.level) == [2, 3])
        #expect(renderer.render("### A\n").html == "<h2 id=\"a\">A</h2>\n")
    }

    @Test("a skipped level closes up, so the outline has no gaps (axe heading-order)")
    func noSkippedLevels() {
        // ## → 2; #### would be 4, one deeper than 2 is 3; ###### → at most 4; ### → 3; ## → 2.
        #expect(renderer.render("## A\n\n#### B\n\n###### C\n\n### D\n\n## E\n").headings.map(\.level) == [2, 3, 4, 3, 2])
        // Six levels deep written from ##: the deepest stays at <h6>, never deeper.
        #expect(renderer.render("# A\n\n## B\n\n### C\n\n#### D\n\n##### E\n\n###### F\n").headings.map(\.level) == [2, 3, 4, 5, 6, 6])
    }

    @Test("without a shallowest level, headings keep the level written")
    func asWritten() {
        #expect(MarkdownRenderer().render("### A\n\n##### B\n").headings.map(\.level) == [3, 5])
    }
}
