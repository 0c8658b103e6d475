import Core
import Markdown

/// Turns one content file into a `Document`, checking its front matter. Every problem
/// in the file is reported, not only the first, so one build shows everything to fix.
struct DocumentReader {
    let config: SiteConfig

    /// Keys with a meaning; anything else goes to `extra`.
    static let knownKeys: Set = ["title", "date", "updated", "draft", "segments", "tags", "summary", "description", "slug", "aliases", "image", "image_alt", "authors"]

    struct Source {
        var kind: Document.Kind
        var sourcePath: String
        var contentPath: String
        /// The slug the file name gives (`give-first.md`, `give-first/index.md`).
        var fileSlug: String
        var assets: [String]
    }

    func read(_ bytes: [UInt8], from source: Source) -> Result<Document, Diagnostics> {
        let (document, errors) = readReportingAll(bytes, from: source)
        if let document, errors.isEmpty { return .success(document) }
        return .failure(Diagnostics(errors))
    }

    /// The document as far as it can be read, and every problem found: `goodwill check` still
    /// checks the links of a file whose date is wrong. Nil when the front matter cannot be read.
    func readReportingAll(_ bytes: [UInt8], from source: Source) -> (Document?, [Diagnostic]) {
        let file = source.sourcePath
        if let problem = Self.notText(bytes, file: file) { return (nil, [problem]) }
        var errors: [Diagnostic] = []
        let block: FrontMatterBlock
        let root: FrontMatterNode
        switch Self.frontMatter(of: bytes, file: file) {
        case .success(let parsed): (block, root) = parsed
        case .failure(let error): return (nil, [error])
        }
        if case .null = root.value {} else if case .table = root.value {} else {
            return (nil, [Diagnostic(file: file, line: block.firstLine, column: 1, message: "front matter must be keys and values",
                                     hint: "write title: \"…\" on its own line")])
        }
        var fields = Fields(root: root, file: file, fenceLine: 1, errors: [])

        let title = fields.text("title")
        if title == nil || title!.isEmpty {
            let example = block.syntax == .toml ? "title = \"Why give first\"" : "title: \"Why give first\""
            errors.append(Diagnostic(file: file, line: root["title"]?.line ?? 1, column: root["title"]?.column ?? 1,
                                    message: block.syntax == nil ? "no front matter, so no title" : "missing `title`",
                                    hint: block.syntax == nil ? "start the file with ---, \(example), ---" : "add \(example)"))
        }
        let date = fields.date("date")
        if source.kind == .article, root["date"] == nil {
            errors.append(Diagnostic(file: file, line: 1, column: 1, message: "missing `date`",
                                    hint: "add the publication date, e.g. date: 2024-03-12"))
        }
        let segments = fields.list("segments")
        for (slug, node) in segments where config.segment(slug) == nil {
            errors.append(undeclaredSegment(slug, at: node, file: file))
        }
        let tags = fields.list("tags")
        let aliases = fields.list("aliases")
        var slug = source.fileSlug
        if let written = fields.text("slug") {
            slug = Slug.make(from: written)
            if written.contains("/") || written.contains("\\") || written.contains(".."), let node = root["slug"] {
                // Slug.make would quietly turn ../../x into x: say what was written instead.
                errors.append(Diagnostic(file: file, line: node.line, column: node.column,
                                        message: "slug \"\(written)\" is a path, not a name",
                                        hint: "a slug is one URL segment of letters, digits and dashes, e.g. slug: \(slug.isEmpty ? "give-first" : slug)"))
            } else if slug.isEmpty, let node = root["slug"] {
                errors.append(Diagnostic(file: file, line: node.line, column: node.column,
                                        message: "slug \"\(written)\" has no letters or digits", hint: "use e.g. slug: give-first"))
            }
        }
        // Zola's and many themes' `description` says the same as `summary`; either may hold Markdown.
        let summary = (fields.text("summary") ?? fields.text("description")).map {
            InlineMarkdown($0, smart: config.markdownOptions.smartPunctuation)
        }
        var document = Document(
            // Curly quotes and dashes in what front matter says, as in the text below it.
            kind: source.kind, slug: slug, title: (title ?? "").smartened(config),
            date: date, updated: fields.date("updated"), isDraft: fields.bool("draft") ?? false,
            segments: segments.map(\.0), tags: tags.map(\.0),
            tagPositions: tags.map { SourcePoint(line: $0.1.line, column: $0.1.column) },
            summary: summary?.plain, aliases: aliases.map(\.0),
            aliasPositions: aliases.map { SourcePoint(line: $0.1.line, column: $0.1.column) }, image: fields.text("image"),
            imagePosition: root["image"].map { SourcePoint(line: $0.line, column: $0.column) },
            extra: extraFields(of: root),
            sourcePath: source.sourcePath, contentPath: source.contentPath, assets: source.assets,
            body: Array(bytes[block.bodyOffset...]), bodyLine: block.bodyLine,
            urlPath: URLPaths(config: config).path(for: source.kind, slug: slug))
        document.summaryHTML = summary?.html
        document.imageAlt = fields.text("image_alt")
        document.authors = fields.list("authors").map(\.0)
        errors += fields.errors
        return (document, errors)
    }

    /// An empty file, a binary one, or one that is not UTF-8: each an error of its own, before
    /// anything would decode bad bytes as U+FFFD onto the page.
    static func notText(_ bytes: [UInt8], file: String) -> Diagnostic? {
        switch TextBytes.problem(in: bytes) {
        case .binary:
            return Diagnostic(file: file, line: 1, column: 1, message: "this is a binary file, not Markdown text",
                              hint: "move it out of content/: an image belongs beside an article's index.md (a bundle) or in static/")
        case .notUTF8(let byte, let line, let column):
            let hex = String(byte, radix: 16, uppercase: true)
            return Diagnostic(file: file, line: line, column: column, message: "not valid UTF-8: byte 0x\(hex) here",
                              hint: "save the file as UTF-8 (Latin-1 or Windows-1252 text reads like this; most editors convert on Save As)")
        case nil:
            let blank = bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }
            guard blank else { return nil }
            return Diagnostic(file: file, line: 1, column: 1, message: "the file is empty",
                              hint: "write its front matter (---, title: \"…\", date: 2024-03-12, ---) and text, or delete it")
        }
    }

    private static func frontMatter(of bytes: [UInt8], file: String) -> Result<(FrontMatterBlock, FrontMatterNode), Diagnostic> {
        do throws(Diagnostic) {
            let block = try bytes.withUnsafeBytes { buffer in Result { () throws(Diagnostic) in try FrontMatterSplitter.split(buffer, file: file) } }.get()
            switch block.syntax {
            case .yaml: return .success((block, try YAMLReader.read(block.text, file: file, firstLine: block.firstLine)))
            case .toml: return .success((block, try TOMLReader.read(block.text, file: file, firstLine: block.firstLine)))
            case nil: return .success((block, FrontMatterNode(.table([]), line: 1, column: 1)))
            }
        } catch {
            return .failure(error)
        }
    }

    private func undeclaredSegment(_ slug: String, at node: FrontMatterNode, file: String) -> Diagnostic {
        let declared = config.segments.map(\.slug)
        var hint: String
        if let best = DidYouMean.closest(to: slug, in: declared).first {
            hint = "did you mean \"\(best)\"?"
        } else if declared.isEmpty {
            hint = "goodwill.yml declares no segments yet;"
        } else {
            hint = "declared segments: \(declared.joined(separator: ", "));"
        }
        hint += " declare it under `segments:` in goodwill.yml or fix the spelling"
        return Diagnostic(file: file, line: node.line, column: node.column,
                         message: "segment \"\(slug)\" is not declared in goodwill.yml", hint: hint)
    }

    private func extraFields(of root: FrontMatterNode) -> FrontMatterNode? {
        guard case .table(let entries) = root.value else { return nil }
        let extra = entries.filter { !Self.knownKeys.contains($0.key) }
        return extra.isEmpty ? nil : FrontMatterNode(.table(extra), line: root.line, column: root.column)
    }
}

/// Typed reads of front matter keys that record a located error when a value has the wrong kind.
private struct Fields {
    let root: FrontMatterNode
    let file: String
    let fenceLine: Int
    var errors: [Diagnostic]

    mutating func text(_ key: String) -> String? {
        guard let node = root[key] else { return nil }
        if case .null = node.value { return nil }
        guard let text = node.text else {
            errors.append(wrongKind(key, node, expected: "text", example: "\(key): \"…\""))
            return nil
        }
        return text
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let node = root[key] else { return nil }
        guard case .bool(let flag) = node.value else {
            errors.append(wrongKind(key, node, expected: "true or false", example: "\(key): true"))
            return nil
        }
        return flag
    }

    /// A list of text; a single text is taken as a list of one, as writers often do.
    mutating func list(_ key: String) -> [(String, FrontMatterNode)] {
        guard let node = root[key] else { return [] }
        switch node.value {
        case .null: return []
        case .string(let text): return [(text, node)]
        case .list(let items):
            return items.compactMap { item in
                guard let text = item.text else {
                    errors.append(wrongKind(key, item, expected: "text", example: "\(key): [a, b]"))
                    return nil
                }
                return (text, item)
            }
        default:
            errors.append(wrongKind(key, node, expected: "a list", example: "\(key): [a, b]"))
            return []
        }
    }

    mutating func date(_ key: String) -> ContentDate? {
        guard let node = root[key] else { return nil }
        guard let text = node.text else {
            errors.append(wrongKind(key, node, expected: "a date", example: "\(key): 2024-03-12"))
            return nil
        }
        switch ContentDate.parse(text) {
        case .success(let date): return date
        case .failure(let problem):
            errors.append(Diagnostic(file: file, line: node.line, column: node.column,
                                    message: "\(key) \"\(text)\" \(problem)",
                                    hint: "write YYYY-MM-DD (2024-03-12) or a date-time with offset (2024-03-12T09:30:00+01:00)"))
            return nil
        }
    }

    private func wrongKind(_ key: String, _ node: FrontMatterNode, expected: String, example: String) -> Diagnostic {
        Diagnostic(file: file, line: node.line, column: node.column,
                  message: "`\(key)` should be \(expected), not \(node.kindName)", hint: "write \(example)")
    }
}

private extension String {
    func smartened(_ config: SiteConfig) -> String {
        config.markdownOptions.smartPunctuation ? SmartPunctuation.apply(to: self) : self
    }
}
