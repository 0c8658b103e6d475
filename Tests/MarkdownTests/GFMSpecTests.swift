import Foundation
import Markdown
import Testing

/// The GitHub Flavored Markdown specification's own examples for the extensions layered on
/// libcmark (tables, strikethrough, task list items), and cmark-gfm's extension tests for the
/// same plus footnotes, as `scripts/gfm-examples.py` extracted them into a fixture.
@Suite("GitHub Flavored Markdown extensions, against the specification's examples")
struct GFMSpecTests {
    struct Example: Decodable, CustomTestStringConvertible, Sendable {
        var source: String
        var number: Int
        var section: String
        var markdown: String
        var html: String
        var testDescription: String { "\(source) example \(number) (\(section))" }
    }

    static let examples: [Example] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../Fixtures/gfm/examples.json").standardized
        return (try? JSONDecoder().decode([Example].self, from: Data(contentsOf: url))) ?? []
    }()

    @Test("the fixture holds every extension's examples")
    func fixtureIsComplete() {
        let sections = Dictionary(grouping: Self.examples, by: \.section).mapValues(\.count)
        #expect(sections["Tables (extension)"] == 8)
        #expect(sections["Strikethrough (extension)"] == 2)
        #expect(sections["Task list items (extension)"] == 2)
        #expect(sections["Footnotes"] == 1)
        #expect(Self.examples.count >= 30)
    }

    @Test("renders as the specification says", arguments: examples)
    func example(_ example: Example) {
        // The specification's examples are written for plain punctuation and raw HTML allowed.
        let renderer = MarkdownRenderer(options: MarkdownOptions(allowsRawHTML: true, smartPunctuation: false))
        let html = renderer.render(example.markdown).html
        #expect(SpecHTML.normal(html) == SpecHTML.normal(example.html), "\(example.markdown)")
    }
}

/// Brings Goodwill's HTML and the specification's to one form: what Goodwill adds for readers
/// (the table's scroll container, the notes' heading, the task items' labels, ARIA, data and tabindex attributes) is taken out,
/// a style alignment reads as the `align` attribute, and each tag's attributes are sorted with
/// boolean ones written alone. Text and structure are compared as they are.
enum SpecHTML {
    static func normal(_ html: String) -> String {
        var text = html
        text = replacing(#"<div class="table-scroll"[^>]*>\n"#, in: text, with: "")
        text = text.replacingOccurrences(of: "</table>\n</div>", with: "</table>")
        text = text.replacingOccurrences(of: "<h2 class=\"footnotes-title\">Notes</h2>\n", with: "")
        text = replacing(#"<label class="task">|</label>"#, in: text, with: "")
        text = replacing(#"style="text-align: (\w+)""#, in: text, with: "align=\"$1\"")
        let tag = try! NSRegularExpression(pattern: #"<([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*/?>"#)
        let attribute = try! NSRegularExpression(pattern: #"([^\s=>/]+)(?:="([^"]*)")?"#)
        var output = ""
        var last = text.startIndex
        for match in tag.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            let range = Range(match.range, in: text)!
            output += text[last..<range.lowerBound]
            let name = String(text[Range(match.range(at: 1), in: text)!])
            let attributesText = String(text[Range(match.range(at: 2), in: text)!])
            var attributes: [String] = []
            for found in attribute.matches(in: attributesText, range: NSRange(attributesText.startIndex..., in: attributesText)) {
                let key = String(attributesText[Range(found.range(at: 1), in: attributesText)!])
                if key.hasPrefix("data-footnote") || key == "aria-label" || key == "tabindex" { continue }
                let value = Range(found.range(at: 2), in: attributesText).map { String(attributesText[$0]) } ?? ""
                attributes.append(value.isEmpty ? key : "\(key)=\"\(value)\"")
            }
            output += "<" + ([name] + attributes.sorted()).joined(separator: " ") + ">"
            last = range.upperBound
        }
        output += text[last...]
        return output
    }

    private static func replacing(_ pattern: String, in text: String, with template: String) -> String {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
    }
}
