import Core
import Foundation
import Mustache
import Site

/// The wording of a personal message: `templates/message.mustache` from the site, else from its
/// theme, else the built-in one below. Plain text (no HTML escaping); docs/share.md lists its values.
public struct MessageTemplate: Sendable {
    public static let fileName = "templates/message.mustache"

    /// Greeting, who the article is for, title and summary, the link, a sign-off.
    public static let builtIn = """
        Hi {{first_name}},

        {{#for_whom}}I wrote this for {{for_whom}}, and thought of you.{{/for_whom}}{{^for_whom}}I thought of you when I wrote this.{{/for_whom}}

        {{title}}{{#summary}} — {{summary}}{{/summary}}

        {{url}}

        {{#by_email}}Best,
        {{/by_email}}{{author_first_name}}

        """

    let template: MustacheTemplate
    /// Where the wording came from, for errors and `--json`.
    public let file: String

    init(text: String, file: String) throws(Diagnostic) {
        template = try Theme.parse(text, file: file, pragma: "{{% CONTENT_TYPE: TEXT}}\n")
        self.file = file
    }

    /// The site's template, else the theme's, else the built-in one.
    public static func load(siteRoot: URL, config: SiteConfig) throws(Diagnostic) -> MessageTemplate {
        for relative in [fileName, "themes/\(config.theme)/\(fileName)"] {
            let path = siteRoot.appendingPathComponent(relative).path
            guard FileIO.entry(at: path) == .file else { continue }
            let bytes = try FileIO.read(path)
            return try MessageTemplate(text: String(decoding: bytes, as: UTF8.self), file: relative)
        }
        return try MessageTemplate(text: builtIn, file: "(built-in)/\(fileName)")
    }

    func render(_ values: MessageValues) -> String {
        // Blank lines a missing value leaves behind collapse into one; no trailing space or line.
        var lines: [Substring] = []
        for line in template.render(values).split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.reversed().drop { $0 == " " }.reversed()
            if trimmed.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(Substring(String(trimmed)))
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}
