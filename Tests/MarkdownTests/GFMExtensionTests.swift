import Markdown
import Testing

/// The extensions as articles use them: with Goodwill's defaults (smart punctuation, raw HTML
/// off), inside containers, with links that the site rewrites, and with text from anywhere.
@Suite("GitHub Flavored Markdown extensions in articles")
struct GFMExtensionTests {
    let renderer = MarkdownRenderer()

    @Test("a table survives smart punctuation, keeps escaped pipes in code and aligns its columns")
    func tableWithDefaults() {
        let html = renderer.render("""
        | Plan 🚀 | 価格 | Notes |
        |:--|--:|:-:|
        | Solo -- "basic" | ¥1,000 | `a \\| b` |
        | Team | ¥9,000 |
        """).html
        #expect(!html.contains("–|"), "the delimiter row is not turned into dashes")
        #expect(html.contains("<th style=\"text-align: left\">Plan 🚀</th>"))
        #expect(html.contains("<th style=\"text-align: right\">価格</th>"))
        #expect(html.contains("<td style=\"text-align: left\">Solo – “basic”</td>"), "cells get smart punctuation")
        #expect(html.contains("<code>a | b</code>"))
        #expect(html.contains("<td style=\"text-align: center\"></td>"), "a short row is filled with empty cells")
        #expect(html.hasPrefix("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Table: Plan 🚀, 価格, Notes\">"))
    }

    @Test("tables inside a block quote and a list item")
    func tablesInContainers() {
        let html = renderer.render("""
        > | a | b |
        > |---|---|
        > | 1 | 2 |

        - item

          | c | d |
          |---|---|
          | 3 | 4 |
        """).html
        #expect(html.contains("<blockquote>\n<div class=\"table-scroll\""))
        #expect(html.contains("<td>1</td>\n<td>2</td>"))
        #expect(html.contains("<td>3</td>\n<td>4</td>"))
    }

    @Test("text that only looks like a table stays a paragraph")
    func notATable() {
        let html = renderer.render("Use a | b when you must.\nNo delimiter row here.\n\n| a | b |\n| --- |\n").html
        #expect(!html.contains("<table>"))
    }

    @Test("a link in a cell is offered for rewriting at its own line and column")
    func linkInCell() {
        var seen: [MarkdownLink] = []
        let html = renderer.render("Intro.\n\n| Article |\n|---|\n| See [other](other.md) |\n") { link in
            seen.append(link)
            return .replace(with: "/articles/other/")
        }.html
        #expect(seen.map(\.destination) == ["other.md"])
        #expect(seen.first?.line == 5)
        #expect(seen.first?.column == 7)
        #expect(html.contains("<td>See <a href=\"/articles/other/\">other</a></td>"))
    }

    @Test("footnotes are numbered in reading order, through emphasis and tables, with a link back from each")
    func footnoteOrder() {
        let rendered = renderer.render("""
        *First[^b]* then[^a] and again[^b].

        | k |
        |---|
        | cell[^c] |

        Not a note: [^missing]. In code: `[^a]`

        ```
        [^a]: not a definition inside code
        ```

        [^a]: Alpha with a [link](https://example.org/).
        [^b]: Beta.
        [^c]: Gamma.
        [^unused]: Never referenced.
        """)
        let html = rendered.html
        #expect(html.contains("<em>First<sup class=\"footnote-ref\"><a href=\"#fn1\" id=\"fnref1\" data-footnote-ref>1</a></sup></em>"))
        #expect(html.contains("then<sup class=\"footnote-ref\"><a href=\"#fn2\" id=\"fnref2\""))
        #expect(html.contains("again<sup class=\"footnote-ref\"><a href=\"#fn1\" id=\"fnref1-2\""))
        #expect(html.contains("<td>cell<sup class=\"footnote-ref\"><a href=\"#fn3\" id=\"fnref3\""))
        #expect(html.contains("[^missing]"))
        #expect(html.contains("<code>[^a]</code>"))
        #expect(html.contains("[^a]: not a definition inside code"))
        #expect(html.contains("<li id=\"fn1\">\n<p>Beta. <a href=\"#fnref1\""))
        #expect(html.contains("<a href=\"#fnref1-2\" class=\"footnote-backref\" data-footnote-backref aria-label=\"Back to reference 1\">↩<sup>2</sup></a>"))
        #expect(html.contains("<li id=\"fn2\">\n<p>Alpha with a <a href=\"https://example.org/\">link</a>."))
        #expect(!html.contains("Never referenced"))
        #expect(rendered.firstParagraphText == "First then and again.")
    }

    @Test("strikethrough with one or two tildes, inside headings too, and three tildes stay text")
    func strikethrough() {
        let rendered = renderer.render("## Old ~~price~~ plan\n\nWas ~$90~, now ~~$60~~ and ~~~not this~~~.\n")
        #expect(rendered.html.contains("<h2 id=\"old-price-plan\">Old <del>price</del> plan</h2>"))
        #expect(rendered.html.contains("Was <del>$90</del>, now <del>$60</del> and ~~~not this~~~."))
        #expect(rendered.headings.first?.text == "Old price plan")
    }

    @Test("task list items get disabled checkboxes; other brackets stay text")
    func taskList() {
        let html = renderer.render("- [ ] draft the intro\n- [x] send to Ana\n- [X] done too\n- [?] not a task\n- [ ]no space\n").html
        #expect(html.contains("<li><label class=\"task\"><input type=\"checkbox\" disabled> draft the intro</label></li>"))
        #expect(html.contains("<li><label class=\"task\"><input type=\"checkbox\" disabled checked> send to Ana</label></li>"))
        #expect(html.contains("<li><label class=\"task\"><input type=\"checkbox\" disabled checked> done too</label></li>"))
        #expect(html.contains("<li>[?] not a task</li>"))
        #expect(html.contains("<li>[ ]no space</li>"))
        // A loose item's label holds its first paragraph only: a label holds phrasing content.
        let loose = renderer.render("- [x] first\n\n  second\n").html
        #expect(loose.contains("<li>\n<p><label class=\"task\"><input type=\"checkbox\" disabled checked> first</label></p>\n<p>second</p>"))
    }

    @Test("raw HTML left out by the allow-list is counted, in cells too; the more marker is not")
    func rawHTMLCount() {
        // onclick 1, style 1, the font tag in the cell 1; the b, div and i tags are allowed.
        let source = "Intro <b onclick=\"x()\">bold</b>.\n\n<!-- more -->\n\n<div class=\"x\" style=\"y\">\nblock\n</div>\n\n| a |\n|---|\n| <i>x</i> <font>f</font> |\n"
        #expect(renderer.render(source).omittedRawHTML == 3)
        #expect(MarkdownRenderer(options: MarkdownOptions(allowsRawHTML: true)).render(source).omittedRawHTML == 0)
        #expect(renderer.render("Plain text.\n\n<!-- more -->\n\nMore.\n").omittedRawHTML == 0)
    }
}

/// A table's paragraph is freed when the table replaces it; the strikethrough pass once still
/// held it and read freed memory (a crash one build in ten, always under AddressSanitizer).
@Suite("GitHub Flavored Markdown extensions together")
struct GFMTogetherTests {
    @Test("a table, strikethrough, a task list and footnotes in one document")
    func allTogether() {
        let source = """
        Before ~~old~~ text[^n].

        | a | b ~~c~~ |
        |---|---|
        | ~x~ | y[^n] |

        - [x] done ~~maybe~~

        [^n]: The ~~only~~ note.
        """
        for _ in 0..<50 {
            let html = MarkdownRenderer().render(source).html
            #expect(html.contains("<p>Before <del>old</del> text<sup class=\"footnote-ref\"><a href=\"#fn1\" id=\"fnref1\" data-footnote-ref>1</a></sup>.</p>"))
            #expect(html.contains("<th>b <del>c</del></th>"))
            #expect(html.contains("<td><del>x</del></td>"))
            #expect(html.contains("id=\"fnref1-2\""))
            #expect(html.contains("<li><label class=\"task\"><input type=\"checkbox\" disabled checked> done <del>maybe</del></label></li>"))
            #expect(html.contains("<p>The <del>only</del> note. <a href=\"#fnref1\""))
        }
    }
}
