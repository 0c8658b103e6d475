import Markdown
import Testing

/// Raw HTML with `unsafe_html` off: what a migrating blog pastes most (disclosures, HTML tables,
/// keys, abbreviations, sized images) stays; code, frames, styles, handlers and script URLs never
/// pass, however they are spelled.
@Suite("Raw HTML allow-list")
struct RawHTMLAllowListTests {
    let renderer = MarkdownRenderer()

    @Test("a details block keeps its summary and the Markdown inside it")
    func details() {
        let rendered = renderer.render("<details open>\n<summary>Show the config</summary>\n\nHidden *text*.\n\n</details>\n")
        #expect(rendered.html == "<details open>\n<summary>Show the config</summary>\n<p>Hidden <em>text</em>.</p>\n</details>\n")
        #expect(rendered.omittedRawHTML == 0)
    }

    @Test("text-level elements stay, in paragraphs and in table cells")
    func inlineElements() {
        let rendered = renderer.render("Press <kbd>Ctrl</kbd>+<kbd>C</kbd>, x<sup>2</sup>, <abbr title='say \"hi\"'>HI</abbr>.\n\n| key |\n|---|\n| <kbd>Esc</kbd><br> |\n")
        #expect(rendered.html.contains("<p>Press <kbd>Ctrl</kbd>+<kbd>C</kbd>, x<sup>2</sup>, <abbr title=\"say &quot;hi&quot;\">HI</abbr>.</p>"))
        #expect(rendered.html.contains("<td><kbd>Esc</kbd><br></td>"))
        #expect(rendered.omittedRawHTML == 0)
    }

    @Test("scripts, styles, frames, handlers and script URLs never pass, each left-out piece counted")
    func dangerousPiecesLeftOut() {
        let source = """
            <script>alert(1)</script>

            <style>body{display:none}</style>

            <div style="color:red" onclick="steal()" class="note">Kept text</div>

            <iframe src="https://evil.example/"></iframe>

            A <a href="javascript:alert(1)">a</a> <a href="&#106;avascript:alert(1)">b</a> <a href="java&Tab;script:alert(1)">c</a> <a href=" JAVASCRIPT:alert(1)">d</a> <a href="data:text/html,x">e</a> <a href="https://ok.example/" onmouseover="x()">f</a>.

            <img src="javascript:alert(1)" onerror="alert(2)" alt="pic"> <img src="pic.png" alt="A pic" width="640" height="480">
            """
        let rendered = renderer.render(source)
        let html = rendered.html.lowercased()
        for forbidden in ["<script", "alert(1)", "<style", "display:none", "style=", "onclick", "onmouseover", "onerror", "<iframe", "javascript", "&#106;", "data:"] {
            #expect(!html.contains(forbidden), "\(forbidden) in \(html)")
        }
        #expect(rendered.html.contains("<div class=\"note\">Kept text</div>"))
        #expect(rendered.html.contains("<a>a</a> <a>b</a> <a>c</a> <a>d</a> <a>e</a> <a href=\"https://ok.example/\">f</a>"))
        #expect(rendered.html.contains("<img alt=\"pic\"> <img loading=\"lazy\" decoding=\"async\" src=\"pic.png\" alt=\"A pic\" width=\"640\" height=\"480\">"))
        // script 1 + style 1 + style= and onclick 2 + iframe 1 + five hrefs 5 + onmouseover 1
        // + the first img's src and onerror 2 = 13
        #expect(rendered.omittedRawHTML == 13)
        #expect(rendered.firstOmittedRawHTML == SourceLocation(line: 1, column: 1))
    }

    @Test("an element never closed is closed by the end; an end tag it did not open is dropped")
    func balanced() {
        let rendered = renderer.render("</article></main>\n\n<div class=\"callout\">\n\nOpen *forever*.\n")
        #expect(rendered.html == "\n<div class=\"callout\">\n<p>Open <em>forever</em>.</p>\n</div>")
        let cell = renderer.render("| a |\n|---|\n| <b>bold |\n\nAfter.\n").html
        #expect(cell.contains("<td><b>bold</b></td>"))
        #expect(cell.contains("<p>After.</p>"))
    }

    @Test("elements off the list lose their tags and keep their text; comments go quietly")
    func unknownElements() {
        let rendered = renderer.render("<font color=\"red\">Red</font> and <center>mid</center> <!-- a note -->\n")
        #expect(rendered.html == "<p>Red and mid </p>\n")
        #expect(rendered.omittedRawHTML == 2)
    }

    @Test("text between tags is escaped; character references stay as written")
    func textEscaped() {
        let html = renderer.render("<div>\n1 < 2 & 3 &amp; 4 &#x263A; > 0\n</div>\n").html
        #expect(html == "<div>\n1 &lt; 2 &amp; 3 &amp; 4 &#x263A; &gt; 0\n</div>\n")
    }

    @Test("an old-style named anchor keeps working as an id; an id must be a plain name")
    func anchors() {
        let rendered = renderer.render("<a name=\"top\"></a> <span id=\"a&quot;b\">x</span> <span id=\"café-1\">y</span>\n")
        #expect(rendered.html == "<p><a id=\"top\"></a> <span>x</span> <span id=\"café-1\">y</span></p>\n")
        #expect(rendered.omittedRawHTML == 1)
    }
}
