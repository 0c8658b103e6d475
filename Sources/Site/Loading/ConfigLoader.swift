import Core
import Foundation
import Markdown

/// Keys of goodwill.yml that modules other than Site own and check: top-level sections (the share
/// kit's `share`) and settings of each segment (the ledger's `match`, the insight layer's
/// `cadence_days`). With Site's own, the only keys allowed: anything else is a typo.
public struct ConfigKeys: Sendable, Equatable {
    public var sections: [String]
    public var segmentSettings: [String]

    public init(sections: [String] = [], segmentSettings: [String] = []) {
        self.sections = sections
        self.segmentSettings = segmentSettings
    }

    /// These keys and `other`'s.
    public func adding(_ other: ConfigKeys) -> ConfigKeys {
        ConfigKeys(sections: sections + other.sections, segmentSettings: segmentSettings + other.segmentSettings)
    }
}

/// Reads and checks `goodwill.yml`.
public enum ConfigLoader {
    public static let fileName = "goodwill.yml"

    /// Reads `goodwill.yml`, checking every key against Site's own and `otherKeys`.
    public static func load(siteRoot: URL, otherKeys: ConfigKeys = ConfigKeys()) throws(Diagnostic) -> SiteConfig {
        let url = siteRoot.appendingPathComponent(fileName)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw Diagnostic(file: url.path, message: "no \(fileName) here",
                            hint: "run goodwill in a site folder, pass --source DIR, or create one with goodwill init")
        }
        if case .notUTF8(let byte, let line, let column) = TextBytes.problem(in: Array(data)) {
            throw Diagnostic(file: fileName, line: line, column: column, message: "not valid UTF-8: byte 0x\(String(byte, radix: 16, uppercase: true)) here",
                             hint: "save \(fileName) as UTF-8")
        }
        let text = String(decoding: data, as: UTF8.self)
        var config = try parse(text, file: fileName, otherKeys: otherKeys)
        if let image = config.image, image.hasPrefix("/") {
            config.imageSize = LocalImages(siteRoot: siteRoot.path, theme: config.theme).staticFile(image).flatMap(ImageDimensions.read(path:))
        }
        return config
    }

    public static func parse(_ text: String, file: String, otherKeys: ConfigKeys = ConfigKeys()) throws(Diagnostic) -> SiteConfig {
        let root = try YAMLReader.read(text, file: file, firstLine: 1)
        guard case .table(let entries) = root.value else {
            throw Diagnostic(file: file, line: 1, column: 1, message: "\(fileName) must be a mapping of keys to values",
                            hint: "start with title: \"Your name\"")
        }
        func required(_ key: String, example: String) throws(Diagnostic) -> String {
            guard let text = root[key]?.text, !text.isEmpty else {
                throw Diagnostic(file: file, line: root[key]?.line ?? 1, column: root[key]?.column ?? 1,
                                message: "missing `\(key)`", hint: "add \(key): \(example)")
            }
            return text
        }
        let title = try required("title", example: "\"Ada Lovelace\"")
        var baseURL = try required("base_url", example: "\"https://example.com/\"")
        guard baseURL.hasPrefix("http://") || baseURL.hasPrefix("https://") else {
            throw Diagnostic(file: file, line: root["base_url"]?.line, column: root["base_url"]?.column,
                            message: "base_url \"\(baseURL)\" is not an http(s) address",
                            hint: "write the full address, e.g. \"https://example.com/\"")
        }
        if !baseURL.hasSuffix("/") { baseURL += "/" }

        // Each section Site owns is read into its typed value; a key it does not know is a typo.
        for (section, known) in sections {
            guard let node = root[section] else { continue }
            if let problem = node.unknownKeys(known: known, section: section, file: file).first { throw problem }
        }
        let authorNode = root["author"]
        var author = SiteConfig.Author(
            name: authorNode?["name"]?.text ?? authorNode?.text ?? title,
            email: authorNode?["email"]?.text, url: authorNode?["url"]?.text, bio: authorNode?["bio"]?.text)
        if let node = authorNode?["mastodon"] {
            guard let written = node.text, let handle = FediverseHandle.normalized(written) else {
                throw Diagnostic(file: file, line: node.line, column: node.column, message: "author.mastodon should be a Mastodon handle",
                                 hint: "write mastodon: \"@you@mastodon.social\" (or the profile's address, https://mastodon.social/@you)")
            }
            author.mastodon = handle
        }
        if let node = authorNode?["profiles"] {
            let items: [FrontMatterNode]
            if case .list(let list) = node.value { items = list } else { items = [node] }
            for item in items {
                guard let url = item.text, url.hasPrefix("https://") || url.hasPrefix("http://") else {
                    throw Diagnostic(file: file, line: item.line, column: item.column, message: "author.profiles should list web addresses",
                                     hint: "write profiles: [\"https://github.com/you\", \"https://www.linkedin.com/in/you\"]")
                }
                author.profiles.append(url)
            }
        }

        var markdown = SiteConfig.MarkdownSettings()
        if case .bool(let unsafe)? = root["markdown"]?["unsafe_html"]?.value { markdown.unsafeHTML = unsafe }
        if case .bool(let highlight)? = root["markdown"]?["highlight"]?.value { markdown.highlight = highlight }

        var feed = SiteConfig.FeedSettings()
        if case .bool(let full)? = root["feed"]?["full_content"]?.value { feed.fullContent = full }
        feed.limit = try positiveInteger(root["feed"]?["limit"], key: "feed.limit", file: file) ?? feed.limit

        var related = SiteConfig.RelatedSettings()
        if let limit = root["related"]?["limit"] {
            guard case .integer(let value) = limit.value, value >= 0 else {
                throw Diagnostic(file: file, line: limit.line, column: limit.column, message: "related.limit should be a whole number, 0 or more",
                                 hint: "write related: {limit: 3}, or limit: 0 to show none")
            }
            related.limit = value
        }
        if let newer = root["related"]?["include_newer"] {
            guard case .bool(let value) = newer.value else {
                throw Diagnostic(file: file, line: newer.line, column: newer.column, message: "related.include_newer should be true or false",
                                 hint: "write related: {include_newer: true} to suggest newer articles too")
            }
            related.includeNewer = value
        }

        var search = SearchSetting.automatic
        if let node = root["search"] {
            guard case .bool(let value) = node.value else {
                throw Diagnostic(file: file, line: node.line, column: node.column, message: "search should be true or false",
                                 hint: "write search: true to require Pagefind's index, false for none; leave it out to index when Pagefind is installed")
            }
            search = value ? .on : .off
        }

        // A top-level key nobody owns is a typo (`shar:` for `share:`): the user's own values
        // for templates go under `extra:`, as in Zola, so they can never be mistaken for one.
        let allowed = topLevelKeys + otherKeys.sections
        if let (key, node) = entries.first(where: { !allowed.contains($0.key) }) {
            throw Diagnostic(file: file, line: node.keyLine ?? node.line, column: node.keyColumn ?? node.column,
                             message: "\(fileName) has no setting \"\(key)\"",
                             hint: DidYouMean.hint(for: key, in: allowed)
                                 + "put values of your own for templates under extra: (extra: {\(key): …}, read as site.extra.\(key))")
        }
        if let node = root["image"], let image = node.text, PreviewImage.isSVG(image) {
            throw Diagnostic(file: file, line: node.line, column: node.column, message: PreviewImage.svgMessage(image), hint: PreviewImage.svgHint)
        }
        var config = SiteConfig(
            title: title, baseURL: baseURL,
            language: root["language"]?.text ?? "en",
            description: root["description"]?.text,
            author: author,
            segments: try segments(root["segments"], file: file, otherSettings: otherKeys.segmentSettings),
            markdown: markdown,
            theme: root["theme"]?.text ?? "default",
            paginate: try positiveInteger(root["paginate"], key: "paginate", file: file) ?? 10,
            feed: feed,
            extra: root["extra"],
            document: root)
        config.related = related
        config.search = search
        config.image = root["image"]?.text
        config.imageAlt = root["image_alt"]?.text
        config.favicon = root["favicon"]?.text
        config.themeColor = root["theme_color"]?.text
        return config
    }

    /// The top-level keys Site reads; `extra` holds the user's own template values.
    static let topLevelKeys = ["title", "base_url", "language", "description", "author", "segments", "markdown", "theme", "paginate",
                               "feed", "related", "search", "image", "image_alt", "favicon", "theme_color", "extra"]

    /// The sections of goodwill.yml that Site reads, with their settings. Other modules read
    /// their own sections from `SiteConfig.document` (the share kit `share:`, the ledger each
    /// segment's `match:`).
    static let sections: [(String, [String])] = [
        ("author", ["name", "email", "url", "bio", "mastodon", "profiles"]),
        ("markdown", ["unsafe_html", "highlight"]),
        ("feed", ["full_content", "limit"]),
        ("related", ["limit", "include_newer"]),
    ]

    /// The settings of a segment that Site reads; other modules register theirs (`ConfigKeys`).
    static let segmentSettings = ["title", "description"]

    private static func positiveInteger(_ node: FrontMatterNode?, key: String, file: String) throws(Diagnostic) -> Int? {
        guard let node else { return nil }
        guard case .integer(let value) = node.value, value > 0 else {
            throw Diagnostic(file: file, line: node.line, column: node.column,
                            message: "`\(key)` should be a whole number above 0", hint: "write e.g. \(key.split(separator: ".").last!): 10")
        }
        return value
    }

    private static func segments(_ node: FrontMatterNode?, file: String, otherSettings: [String]) throws(Diagnostic) -> [Segment] {
        guard let node else { return [] }
        guard case .table(let entries) = node.value else {
            throw Diagnostic(file: file, line: node.line, column: node.column,
                            message: "`segments` must map each segment slug to its title and description",
                            hint: "write founders: {title: \"Founders\", description: \"…\"}")
        }
        var segments: [Segment] = []
        for (slug, value) in entries {
            guard Slug.isValid(slug) else {
                throw Diagnostic(file: file, line: value.keyLine ?? value.line, column: value.keyColumn ?? 1, message: "segment slug \"\(slug)\" is not URL-safe",
                                hint: "use lowercase letters, digits and dashes, e.g. \"\(Slug.make(from: slug))\"")
            }
            if let problem = value.unknownKeys(known: segmentSettings + otherSettings, section: "segments.\(slug)", file: file).first { throw problem }
            segments.append(Segment(slug: slug, title: value["title"]?.text ?? value.text ?? slug,
                                    description: value["description"]?.text ?? ""))
        }
        return segments
    }
}
