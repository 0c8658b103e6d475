import Core
import Foundation
import Markdown

/// A new article file with its front matter filled in, written as a draft.
public struct ArticleDraft {
    public var title: String
    public var segments: [String]
    public var tags: [String]
    /// YYYY-MM-DD.
    public var date: String

    public init(title: String, segments: [String], tags: [String], date: String) {
        self.title = title
        self.segments = segments
        self.tags = tags
        self.date = date
    }

    public var slug: String { Slug.make(from: title) }

    public var text: String {
        func list(_ items: [String]) -> String { "[" + items.map(YAMLText.quoted).joined(separator: ", ") + "]" }
        return """
            ---
            title: \(YAMLText.quoted(title))
            date: \(date)
            segments: \(list(segments))
            tags: \(list(tags))
            draft: true
            ---
            One paragraph that says what the reader will get. It becomes the summary.

            ## The problem

            ## What to do

            ## An example

            """
    }

    /// Checks the segments against the config and writes `content/articles/<slug>.md`,
    /// refusing to overwrite anything. Returns the path written, relative to the site.
    public func write(in siteRoot: URL, config: SiteConfig) throws -> String {
        guard !slug.isEmpty else {
            throw Diagnostic(input: "title", message: "the title \"\(title)\" has no letters or digits", hint: "give the article a title in words")
        }
        for segment in segments where config.segment(segment) == nil {
            let declared = config.segments.map(\.slug)
            throw Diagnostic(input: "segment", message: "segment \"\(segment)\" is not declared in \(ConfigLoader.fileName)",
                             hint: DidYouMean.hint(for: segment, in: declared) + "declared: \(declared.joined(separator: ", "))")
        }
        let relative = "content/articles/\(slug).md"
        let url = siteRoot.appendingPathComponent(relative)
        let bundle = siteRoot.appendingPathComponent("content/articles/\(slug)/index.md")
        for existing in [url, bundle] where FileManager.default.fileExists(atPath: existing.path) {
            throw Diagnostic(file: String(existing.path.dropFirst(siteRoot.path.count + 1)), message: "already exists",
                            hint: "pick another title, or edit that file")
        }
        try FileIO.makeDirectories(url.deletingLastPathComponent().path)
        // O_EXCL: never overwrite, even if the file appeared since the check above.
        let fd = open(url.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard fd >= 0 else { throw Diagnostic(file: relative, message: "cannot create: \(String(cString: strerror(errno)))") }
        close(fd)
        try FileIO.write(text, to: url.path)
        return relative
    }
}
