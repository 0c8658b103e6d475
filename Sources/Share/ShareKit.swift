import Core
import Foundation
import Markdown
import Mustache
import Site

/// The public share kit: for every published article, `/share/<slug>/` with each platform's
/// text, its counted length and limit, a copy button and a share link, and `/share/<slug>.json`
/// with the same snippets for scripts. Contributed to the build, so a custom text over its limit
/// fails the build before anything is written. Never per-contact: tokens stay in the CLI.
/// `share: {kit: false}` in goodwill.yml turns it off (`ShareSettings`).
public struct ShareKit: BuildContributor {
    /// What this kit's build session keeps: the snippets made while checking an author's own
    /// texts, reused when writing (one build makes each article's once), and each tag's hashtag.
    /// A kit is made for one build and the preview rebuilds that follow it.
    private let made = SnippetCache()

    public init() {}

    /// The `share` page template, which a theme or the site may override.
    public var templates: [String: String] { Self.defaultTemplates }

    public var configSections: [String] { [ShareSettings.section] }

    public func checkConfig(_ config: SiteConfig) -> [Diagnostic] {
        do { _ = try ShareSettings.parse(config); return [] } catch { return [error] }
    }

    public func check(_ articles: [RenderedDocument], in site: PublishedSite) -> [Diagnostic] {
        guard isEnabled(site.config) else { return [] }
        let threads = ProcessInfo.processInfo.activeProcessorCount
        return Parallel.map(articles, threads: threads) { article -> [Diagnostic] in
            // Without `share:` in front matter there is nothing of the author's to check.
            guard article.document.extra?["share"] != nil else { return [] }
            let (source, errors) = Self.source(for: article, config: site.config, hashtags: made.hashtags)
            guard errors.isEmpty else { return errors }
            // Only an author's own text can be too long: generated text is shortened to fit. The
            // rest are made when their files are written, one article at a time, instead of all
            // held from here to there (at 10,000 articles, tens of megabytes at the peak).
            guard !source.custom.isEmpty else { return [] }
            do throws(ShareTextTooLong) {
                made.store(try SnippetWriter.snippets(for: source), for: article)
                return []
            } catch {
                return [Diagnostic(file: error.file, line: error.line, column: error.column,
                                   message: "share text for \(error.platform.displayName) is \(error.length) characters as \(error.platform.displayName) counts them, over its limit of \(error.limit)",
                                   hint: "shorten it; the link Goodwill adds counts too")]
            }
        }.flatMap { $0 }
    }

    public func outputPaths(for site: PublishedSite) -> [String] {
        guard isEnabled(site.config) else { return [] }
        return site.articles.flatMap { article -> [String] in
            let page = Self.path(for: article.document.slug, site: site)
            return [page, Self.jsonPath(page)]
        }
    }

    /// `/share/<slug>/` and `/share/<slug>.json`.
    public func articleFiles(for article: RenderedDocument, in site: PublishedSite) throws -> [ContributedFile] {
        let settings = settings(site.config)
        guard settings.kit else { return [] }
        let source = Self.source(for: article, config: site.config, hashtags: made.hashtags).source
        // Only an article with its own texts under `share:` had its snippets made by `check`.
        let checked = article.document.extra?["share"] != nil ? made.snippets(for: article) : nil
        let snippets = try checked ?? SnippetWriter.snippets(for: source)
        let page = Self.path(for: article.document.slug, site: site)
        let instance = settings.mastodonInstance
        let entries = snippets.map { snippet in SnippetEntry(snippet, mastodonInstance: instance) }
        let values = SharePageValues(title: article.document.title, url: article.document.urlPath,
                                     introHTML: HTMLFragment(Self.introHTML(title: article.document.title, url: article.document.urlPath)),
                                     snippetsHTML: HTMLFragment(Self.snippetsHTML(entries)), snippets: entries)
        return [
            ContributedFile(urlPath: page, content: .page(template: "share", title: "Share “\(article.document.title)”",
                                                          description: "Ready-to-paste text for each network.", values: values, noIndex: true)),
            ContributedFile(urlPath: Self.jsonPath(page), content: .utf8(Self.json(source, snippets))),
        ]
    }

    /// One snippet as the share page shows it.
    struct SnippetEntry: Sendable {
        var snippet: ShareSnippet
        var rows: Int
        /// Where the Mastodon link opens (`share.mastodon_instance`).
        var mastodonInstance: String

        init(_ snippet: ShareSnippet, mastodonInstance: String) {
            self.snippet = snippet
            // Enough rows to show the whole text at a phone's width, without a scroll bar.
            rows = Self.rows(for: snippet.text)
            self.mastodonInstance = mastodonInstance
        }

        /// Enough rows to show the whole text at a phone's width: each line, and one more per 45
        /// characters. Lines are found on bytes and ASCII lines measured in bytes (the same count):
        /// splitting the text into Characters was a tenth of a 10,000-article build with the kit.
        static func rows(for text: String) -> Int {
            var copy = text
            let rows = copy.withUTF8 { bytes -> Int? in
                var rows = 1, lineStart = 0, index = 0
                var lineIsASCII = true
                func finish(_ end: Int) {
                    rows += 1 + characters(UnsafeBufferPointer(rebasing: bytes[lineStart..<end]), isASCII: lineIsASCII) / 45
                }
                while index < bytes.count {
                    // Eight bytes at once up to the next line break or CR (most of a snippet has
                    // none), noting any non-ASCII byte before it; then that byte alone.
                    if index + 8 <= bytes.count {
                        let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
                        let breaks = Self.lineBreaksAndCRs(word)
                        let clear = breaks == 0 ? 8 : breaks.trailingZeroBitCount / 8  // bytes before the first
                        let before = clear == 8 ? word : word & ((1 << (8 * UInt64(clear))) &- 1)
                        if before & 0x8080_8080_8080_8080 != 0 { lineIsASCII = false }
                        index += clear
                        if clear == 8 { continue }
                    }
                    let byte = bytes[index]
                    if byte == 0x0A {
                        finish(index)
                        lineStart = index + 1
                        lineIsASCII = true
                    } else if byte >= 0x80 {
                        lineIsASCII = false
                    } else if byte == 0x0D {
                        return nil
                    }
                    index += 1
                }
                finish(bytes.count)
                return rows
            }
            guard let rows else {  // "\r\n" is one Character: keep Character semantics
                return min(16, text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { $0 + 1 + $1.count / 45 } + 1)
            }
            return min(16, rows)
        }

        /// The high bit of each of the eight bytes in `word` that is "\n" or "\r": zero when none
        /// is, and the lowest bit set is the first (a borrow may mark bytes after it, never before).
        @inline(__always)
        private static func lineBreaksAndCRs(_ word: UInt64) -> UInt64 {
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            func bytes(_ value: UInt8) -> UInt64 {
                let matched = word ^ (ones &* UInt64(value))  // a zero byte where it is
                return (matched &- ones) & ~matched & highs
            }
            return bytes(0x0A) | bytes(0x0D)
        }

        /// The Characters of one line (no CR): its bytes when ASCII, its scalars when each is a
        /// Character of its own (X's " — " makes most X snippets non-ASCII), else counted.
        private static func characters(_ line: UnsafeBufferPointer<UInt8>, isASCII: Bool) -> Int {
            if isASCII { return line.count }
            guard TextLength.simpleScalars(line) else { return String(decoding: line, as: UTF8.self).count }
            return TextLength.scalarCount(line)
        }
    }

    /// The page's heading and lead as the built-in share template shows them (`{{{intro_html}}}` on
    /// a line of its own): one lookup where `{{#article}}` with its title and link were three, on
    /// every share page. A test renders the documented values through the old template and compares.
    static func introHTML(title: String, url: String) -> String {
        var html = UTF8Buffer(capacity: 240 + 2 * title.utf8.count + url.utf8.count)
        html.append("<h1>Share “"); html.append(title, escaping: .html); html.append("”</h1>\n")
        html.append("<p class=\"lead\">Ready-to-paste text for each network, inside its limits, with a tracked link. <a href=\"")
        html.append(url, escaping: .html); html.append("\">Back to the article</a></p>")
        return html.text()
    }

    /// Templates read these as `share.*`: `url`, the kit's page, and `link_html`, the link to it
    /// as the default theme shows it, naming the platforms the kit writes for.
    public var name: String { "share" }

    public func articleValues(for article: RenderedDocument, in site: PublishedSite) -> (any TemplateView)? {
        guard isEnabled(site.config) else { return nil }
        let url = Self.path(for: article.document.slug, site: site)
        var link = UTF8Buffer(capacity: 160)
        link.append("<p class=\"share-link\"><a href=\""); link.append(url, escaping: .html)
        link.append("\">Share this article: ready-made text for "); link.append(Self.platformList); link.append("</a></p>")
        return ShareLinkValues(url: url, linkHTML: HTMLFragment(link.text()))
    }

    /// `LinkedIn, X, Mastodon, Bluesky, Facebook and email`.
    static let platformList: String = {
        let names = Platform.allCases.map { $0 == .email ? "email" : $0.displayName }
        return names.dropLast().joined(separator: ", ") + " and " + names.last!
    }()

    /// The kit's settings; a `share:` section with errors reads as the defaults here, since
    /// `checkConfig` has stopped the build before any of this runs. Asked once per article and
    /// page, so the last section read is kept with what it parsed to.
    func settings(_ config: SiteConfig) -> ShareSettings {
        made.settings(for: config.document[ShareSettings.section]) { (try? ShareSettings.parse(config)) ?? ShareSettings() }
    }

    func isEnabled(_ config: SiteConfig) -> Bool {
        settings(config).kit
    }

    /// Where the share kit of an article lives; the share kit owns this path, not the site.
    static func path(for slug: String, site: PublishedSite) -> String {
        "\(site.paths.basePath)share/\(slug)/"
    }

    static func jsonPath(_ page: String) -> String {
        String(page.dropLast()) + ".json"
    }

    static func countingNote(_ platform: Platform) -> String {
        switch platform {
        case .x: return "characters as X weighs them: links 23, most emoji and CJK 2"
        case .mastodon: return "characters, links counted as 23"
        case .bluesky: return "characters as a reader sees them"
        case .linkedin: return "characters; the first 210 show before “see more”"
        case .facebook: return "characters (Goodwill keeps its own text under 500)"
        case .email: return "characters in the body; subject under 78"
        }
    }

    /// The article as a share source; errors for unknown platform keys under `share:`.
    public static func source(for article: RenderedDocument, config: SiteConfig) -> (source: ShareSource, errors: [Diagnostic]) {
        source(for: article, config: config, hashtags: nil)
    }

    /// The same, with the build session's hashtags.
    static func source(for article: RenderedDocument, config: SiteConfig, hashtags: HashtagCache?) -> (source: ShareSource, errors: [Diagnostic]) {
        let document = article.document
        var custom: [Platform: ShareSource.CustomText] = [:]
        var errors: [Diagnostic] = []
        if case .table(let entries)? = document.extra?["share"]?.value {
            for (key, node) in entries {
                guard let platform = Platform(named: key) else {
                    let names = Platform.allCases.map(\.rawValue)
                    errors.append(Diagnostic(file: document.sourcePath, line: node.keyLine ?? node.line, column: node.keyColumn ?? node.column,
                                            message: "share: has no platform \"\(key)\"",
                                            hint: DidYouMean.hint(for: key, in: names) + "platforms: \(names.joined(separator: ", "))"))
                    continue
                }
                guard let text = node.text else { continue }
                custom[platform] = .init(text: text, line: node.line, column: node.column)
            }
        }
        let source = ShareSource(slug: document.slug, title: document.title, summary: article.summary, tags: document.tags,
                                 url: config.absoluteURL(forPath: document.urlPath), custom: custom, file: document.sourcePath,
                                 hashtags: hashtags)
        return (source, errors)
    }

    /// `{"slug", "snippets": [{"is_custom", "length", "limit", "platform", "subject", "text", "url"}], "title", "url"}`,
    /// keys in alphabetical order, written directly (JSONEncoder was a measurable part of large builds).
    static func json(_ source: ShareSource, _ snippets: [ShareSnippet]) -> [UInt8] {
        var json = UTF8Buffer(capacity: snippets.reduce(512) { $0 + $1.text.utf8.count + $1.url.utf8.count + 160 })
        json.append("{\"slug\":"); JSONValue.appendString(source.slug, to: &json); json.append(",\"snippets\":[")
        for (index, snippet) in snippets.enumerated() {
            if index > 0 { json.append(",") }
            json.append("{\"is_custom\":"); json.append(snippet.isCustom ? "true" : "false")
            json.append(",\"length\":"); json.append(snippet.length)
            json.append(",\"limit\":"); json.append(snippet.limit)
            json.append(",\"platform\":"); JSONValue.appendString(snippet.platform.rawValue, to: &json)
            if let subject = snippet.subject { json.append(",\"subject\":"); JSONValue.appendString(subject, to: &json) }
            json.append(",\"text\":"); JSONValue.appendString(snippet.text, to: &json)
            json.append(",\"url\":"); JSONValue.appendString(snippet.url, to: &json); json.append("}")
        }
        json.append("],\"title\":"); JSONValue.appendString(source.title, to: &json)
        json.append(",\"url\":"); JSONValue.appendString(source.link.url, to: &json); json.append("}\n")
        return json.bytes()
    }
}

/// Snippets by article, filled in parallel by `check` and read by `files`; and the settings last
/// parsed, with the `share:` section they came from.
final class SnippetCache: @unchecked Sendable {  // safe: every access holds the lock
    let hashtags = HashtagCache()
    private let lock = NSLock()
    private var snippets: [String: (made: ShareSource.Inputs, snippets: [ShareSnippet])] = [:]
    private var lastSettings: (section: FrontMatterNode?, settings: ShareSettings)?

    func settings(for section: FrontMatterNode?, parse: () -> ShareSettings) -> ShareSettings {
        lock.withLock {
            if let last = lastSettings, last.section == section { return last.settings }
            let settings = parse()
            lastSettings = (section, settings)
            return settings
        }
    }

    func store(_ made: [ShareSnippet], for article: RenderedDocument) {
        lock.withLock { snippets[article.document.sourcePath] = (ShareSource.Inputs(article), made) }
    }

    /// The snippets made for this article, if nothing they are made from has changed since
    /// (a preview reuses the share kit between rebuilds).
    func snippets(for article: RenderedDocument) -> [ShareSnippet]? {
        lock.withLock {
            guard let entry = snippets[article.document.sourcePath], entry.made == ShareSource.Inputs(article) else { return nil }
            return entry.snippets
        }
    }
}

extension ShareSource {
    /// What an article's snippets are made from.
    struct Inputs: Equatable {
        var title: String
        var summary: String
        var tags: [String]
        var url: String
        var share: FrontMatterNode?

        init(_ article: RenderedDocument) {
            title = article.document.title
            summary = article.summary
            tags = article.document.tags
            url = article.document.urlPath
            share = article.document.extra?["share"]
        }
    }
}
