import Core
import Foundation
import Markdown

/// Everything under `content/`, read and checked. Drafts and future articles are kept:
/// which of them a build publishes is the build's choice.
public struct SiteContent: Sendable {
    public var config: SiteConfig
    /// Newest first; ties by slug, so the order never depends on the file system.
    public var articles: [Document]
    public var pages: [Document]
    /// Problems that leave something out but do not stop a build (a broken symbolic link).
    public var warnings: [Diagnostic] = []
}

extension SiteContent {
    /// The same documents with their Markdown dropped (a reload reads an edited file again, and
    /// checks the rest from their front matter), taking the documents of `rendered`, which
    /// dropped theirs already, as they are.
    func withoutBodies(reusing rendered: [String: Document]) -> SiteContent {
        func light(_ document: Document) -> Document {
            if let done = rendered[document.sourcePath] { return done }
            var copy = document
            copy.body = []
            return copy
        }
        var content = self
        content.articles = articles.map(light)
        content.pages = pages.map(light)
        return content
    }
}

/// Finds content files and reads them in parallel.
public struct ContentLoader {
    public let root: URL
    public let config: SiteConfig
    public var threads: Int

    public init(root: URL, config: SiteConfig, threads: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.root = root
        self.config = config
        self.threads = threads
    }

    /// Every document, or every problem found.
    public func load() throws(Diagnostics) -> SiteContent {
        let (content, errors) = loadReportingAll()
        guard errors.isEmpty else { throw Diagnostics(errors) }
        return content
    }

    /// Every document that could be read — those with problems in their front matter too, as far
    /// as they could be read — and every problem: what `goodwill check` needs to run every rule
    /// on every file in one pass. `load` throws when there is any problem.
    public func loadReportingAll() -> (content: SiteContent, problems: [Diagnostic]) {
        reload(changed: nil, previous: nil)
    }

    /// What `loadReportingAll` gives, reading again only the files of `changed` (site-relative
    /// paths): every other document is taken from `previous` as it was read. The site-wide
    /// checks (slugs, tag spellings, images, links out of the site) run over the whole content
    /// as in a full load, so an edit in the preview is checked exactly as a build checks it.
    /// `changed: nil` reads everything.
    public func reload(changed: Set<String>?, previous: SiteContent?) -> (content: SiteContent, problems: [Diagnostic]) {
        if let changed, let previous, let edited = reloadingKnownFiles(changed, previous: previous) { return edited }
        let sources = discover(.article, in: "articles") + discover(.page, in: "pages")
        var unchanged: [String: Document] = [:]
        if let changed, let previous {
            for document in previous.articles + previous.pages where !Self.isTouched(document, by: changed) {
                unchanged[document.sourcePath] = document
            }
        }
        let kept = unchanged
        let reader = DocumentReader(config: config)
        let rootPath = root.path
        let images = LocalImages(siteRoot: rootPath, theme: config.theme)
        let results = Parallel.map(sources, threads: threads) { source -> (Document?, [Diagnostic]) in
            if let reused = kept[source.sourcePath], reused.assets == source.assets, reused.kind == source.kind {
                return (reused, [])
            }
            return Self.read(source, root: rootPath, reader: reader, images: images)
        }
        var documents: [Document] = []
        var errors: [Diagnostic] = []
        for (document, problems) in results {
            if let document { documents.append(document) }
            errors += problems
        }
        let inPathOrder = Self.bySourcePath(documents)
        errors += duplicateSlugs(in: inPathOrder)
        errors += collidingTags(in: inPathOrder)
        errors += missingImages(in: documents)
        errors += svgPreviewImages(in: documents)
        errors += assetsOutsideTheSite(in: documents)

        var content = ordered(documents)
        content.warnings = brokenLinks()
        return (content, errors)
    }

    /// An edit of files the previous load read, and of nothing else: no file came or went, so the
    /// list of files and the warnings about symbolic links stand, and so do the checks of each
    /// unchanged document on its own (its image, its bundle's links), which the previous load
    /// passed. Only the edited files are read and checked on their own; the checks across
    /// documents can only have a new finding when an edited document moved (another URL) or took
    /// a tag spelling no document had: then, and whenever anything else changed, nil, for the full
    /// reading, which reports every finding exactly as a build does.
    private func reloadingKnownFiles(_ changed: Set<String>, previous: SiteContent) -> (content: SiteContent, problems: [Diagnostic])? {
        guard !changed.isEmpty, changed.allSatisfy({ FileIO.entry(at: root.path + "/" + $0) == .file }) else { return nil }
        var articles = previous.articles, pages = previous.pages
        let reader = DocumentReader(config: config)
        let images = LocalImages(siteRoot: root.path, theme: config.theme)
        var errors: [Diagnostic] = []
        var edited: [Document] = []
        var found = 0
        var moved = false
        var spellings: Set<String>?  // every tag as written anywhere, made only if an edit needs it
        func reread(_ old: Document) -> Document? {
            let source = DocumentReader.Source(kind: old.kind, sourcePath: old.sourcePath, contentPath: old.contentPath,
                                               fileSlug: Self.fileSlug(ofContentPath: old.contentPath), assets: old.assets)
            let (read, problems) = Self.read(source, root: root.path, reader: reader, images: images)
            guard let document = read, document.urlPath == old.urlPath else { return nil }
            if document.tags != old.tags {
                let known = spellings ?? Set((previous.articles + previous.pages).flatMap(\.tags))
                spellings = known
                if document.tags.contains(where: { !known.contains($0) }) { return nil }
            }
            if document.newestFirstKey != old.newestFirstKey { moved = true }
            errors += problems
            edited.append(document)
            found += 1
            return document
        }
        for index in articles.indices where changed.contains(articles[index].sourcePath) {
            guard let document = reread(articles[index]) else { return nil }
            articles[index] = document
        }
        for index in pages.indices where changed.contains(pages[index].sourcePath) {
            guard let document = reread(pages[index]) else { return nil }
            pages[index] = document
        }
        guard found == changed.count else { return nil }
        errors += missingImages(in: edited)
        errors += svgPreviewImages(in: edited)
        errors += assetsOutsideTheSite(in: edited)
        var content = moved ? ordered(articles + pages) : SiteContent(config: config, articles: articles, pages: pages)
        content.warnings = previous.warnings
        return (content, errors)
    }

    /// One file read, with the size of its local image.
    private static func read(_ source: DocumentReader.Source, root: String, reader: DocumentReader,
                             images: LocalImages) -> (Document?, [Diagnostic]) {
        do {
            let bytes = try FileIO.read(root + "/" + source.sourcePath)
            let (read, problems) = reader.readReportingAll(bytes, from: source)
            guard var document = read else { return (nil, problems) }
            if let image = document.image { document.imageSize = images.dimensions(of: image, from: document) }
            return (document, problems)
        } catch {
            let message = error.message
            return (nil, [Diagnostic(file: source.sourcePath, message: message,
                                     hint: "check that your user may read it (ls -l; chmod u+r fixes a file you own)")])
        }
    }

    /// The slug a file's name gives: `articles/give-first.md` and `articles/give-first/index.md`
    /// are both `give-first`.
    static func fileSlug(ofContentPath path: String) -> String {
        let parts = path.split(separator: "/")
        if parts.last == "index.md", parts.count >= 3 { return Slug.make(from: String(parts[parts.count - 2])) }  // a bundle's folder
        let name = parts.last ?? ""
        return Slug.make(from: name.hasSuffix(".md") ? String(name.dropLast(3)) : String(name))
    }

    /// Articles newest first, pages by slug: the content's order.
    private func ordered(_ documents: [Document]) -> SiteContent {
        // Sorted through keys, read once from each document's box rather than at every comparison.
        let articleKeys = documents.indices.filter { documents[$0].kind == .article }
            .map { (index: $0, key: documents[$0].newestFirstKey) }
            .sorted { $0.key < $1.key }
            .map(\.index)
        let pageKeys = documents.indices.filter { documents[$0].kind == .page }.sorted { documents[$0].slug < documents[$1].slug }
        return SiteContent(config: config, articles: articleKeys.map { documents[$0] }, pages: pageKeys.map { documents[$0] })
    }

    /// Whether an edit of `changed` can change what `document` reads as: its own file, or a
    /// file of its bundle (a local image's size).
    static func isTouched(_ document: Document, by changed: Set<String>) -> Bool {
        if changed.contains(document.sourcePath) { return true }
        guard let folder = document.bundleFolder else { return false }
        return changed.contains { $0.hasPrefix(folder + "/") }
    }

    /// Symbolic links under content/ that lead nowhere: left out, with a warning naming each.
    func brokenLinks() -> [Diagnostic] {
        SymbolicLinks.broken(under: root.path + "/content").map { path, problem in
            let file = "content/" + path
            switch problem {
            case .dangling(let target):
                return Diagnostic(file: file, message: "a symbolic link to \(target), which does not exist: left out",
                                  hint: "remove the link or restore its target", severity: .warning)
            case .loop:
                return Diagnostic(file: file, message: "a symbolic link that loops back to itself: left out", hint: "remove the link", severity: .warning)
            case .containsItself:
                return Diagnostic(file: file, message: "a symbolic link to a folder that contains it (a loop): left out",
                                  hint: "remove the link", severity: .warning)
            }
        }
    }

    /// A bundle file that is a link to something outside the site would publish it.
    private func assetsOutsideTheSite(in documents: [Document]) -> [Diagnostic] {
        let site = SymbolicLinks.Boundary(root.path)
        return documents.flatMap { document -> [Diagnostic] in
            guard let folder = document.bundleFolder else { return [] }
            return document.assets.compactMap { asset in
                let path = folder + "/" + asset
                guard let real = site.outside(root.path + "/" + path) else { return nil }
                return Self.linkOutside(path, to: real, instead: "copy the file into the bundle")
            }
        }
    }

    /// The error for a file reached through a link that leads out of the site.
    static func linkOutside(_ path: String, to real: String, instead: String) -> Diagnostic {
        Diagnostic(file: path, message: "a symbolic link to \(real), outside the site: the build would publish it",
                   hint: "\(instead), or remove the link")
    }

    /// A front matter `image` that names a local file must name one that exists: an `og:image`
    /// that 404s shows no preview, silently. `/cover.png` is looked for in the site's and the
    /// theme's `static/`; `cover.png` beside the bundle's `index.md`.
    func missingImages(in documents: [Document]) -> [Diagnostic] {
        documents.compactMap { document in
            guard let image = document.image, !image.isEmpty, !image.hasPrefix("http://"), !image.hasPrefix("https://") else { return nil }
            let exists: Bool
            if image.hasPrefix("/") {
                exists = LocalImages(siteRoot: root.path, theme: config.theme).staticFile(image) != nil
                    || DefaultTheme.staticFiles[String(image.dropFirst())] != nil
            } else {
                exists = document.assets.contains(image)
            }
            guard !exists else { return nil }
            let hint = image.hasPrefix("/") ? "put it at static\(image), or fix the path"
                : document.bundleFolder != nil ? "put \(image) beside \(document.sourcePath), or fix the name"
                : "make the article a bundle (\(document.sourcePath.dropLast(3))/index.md with \(image) beside it), or put it under static/ and write image: /\(image)"
            return Diagnostic(file: document.sourcePath, line: document.imagePosition?.line, column: document.imagePosition?.column,
                              message: "image \"\(image)\" does not exist", hint: hint)
        }
    }

    /// LinkedIn, X and Facebook show no preview for an SVG `og:image`: refused, not published
    /// to fail silently on every share.
    func svgPreviewImages(in documents: [Document]) -> [Diagnostic] {
        documents.compactMap { document in
            guard let image = document.image, PreviewImage.isSVG(image) else { return nil }
            return Diagnostic(file: document.sourcePath, line: document.imagePosition?.line, column: document.imagePosition?.column,
                              message: PreviewImage.svgMessage(image), hint: PreviewImage.svgHint)
        }
    }

    /// `content/<folder>/<slug>.md` and bundles `content/<folder>/<slug>/index.md`, sorted by path.
    func discover(_ kind: Document.Kind, in folder: String) -> [DocumentReader.Source] {
        let directory = root.path + "/content/" + folder
        var sources: [DocumentReader.Source] = []
        for (name, entryKind) in FileIO.entries(in: directory) where !name.hasPrefix(".") {
            let path = directory + "/" + name
            // A link is followed, as before: `entry(at:)` stats what it points to.
            let isDirectory = entryKind == .directory || (entryKind == .link && FileIO.entry(at: path) == .directory)
            if isDirectory {
                guard FileIO.entry(at: path + "/index.md") != .missing else { continue }
                let assets = FileIO.files(under: path).filter { $0 != "index.md" }
                sources.append(.init(kind: kind, sourcePath: "content/\(folder)/\(name)/index.md",
                                     contentPath: "\(folder)/\(name)/index.md", fileSlug: Self.fileSlug(ofContentPath: "\(folder)/\(name)/index.md"), assets: assets))
            } else if name.hasSuffix(".md"), entryKind == .file || (entryKind != .directory && FileIO.entry(at: path) == .file) {
                // A link to nowhere is .missing: left out, with brokenLinks' warning.
                sources.append(.init(kind: kind, sourcePath: "content/\(folder)/\(name)", contentPath: "\(folder)/\(name)",
                                     fileSlug: Self.fileSlug(ofContentPath: "\(folder)/\(name)"), assets: []))
            }
        }
        return sources
    }

    /// `Sales Ops` and `sales-ops` would share /tags/sales-ops/; the writer must pick one spelling.
    /// Tags spelled two ways that share a slug (`Sales Ops`, `sales ops`: one /tags/sales-ops/).
    /// One error per file that writes a minority spelling, at that tag, naming the spelling the
    /// other files use; drafts count, since they will be published. Ties go to the spelling of the
    /// first file by path, so the same content always gives the same errors.
    private func collidingTags(in documents: [Document]) -> [Diagnostic] {  // documents in path order
        // Nearly always every spelling has a slug of its own and there is nothing to report:
        // found from the few distinct spellings, not by bookkeeping 30,000 uses at 10,000 articles.
        var names: Set<String> = []
        for document in documents { names.formUnion(document.tags) }
        // Each spelling's slug, made once: a site has few tags, written on many articles.
        let slugs = Dictionary(uniqueKeysWithValues: names.map { ($0, TagKey.make($0)) })
        guard slugs.values.contains("") || Set(slugs.values).count < slugs.count else { return [] }
        var errors: [Diagnostic] = []
        // slug → spelling → files using it, in path order
        var spellings: [String: [String: [String]]] = [:]
        var order: [String: [String]] = [:]  // slug → spellings in order of first use
        var uses: [(slug: String, name: String, file: String, position: SourcePoint)] = []
        for document in documents {
            for (name, position) in zip(document.tags, document.tagPositions) {
                let slug = slugs[name]!
                guard !slug.isEmpty else {
                    errors.append(Diagnostic(file: document.sourcePath, line: position.line, column: position.column,
                                             message: "tag \"\(name)\" has no letters or digits", hint: "use a word, e.g. tags: [Trust]"))
                    continue
                }
                if spellings[slug, default: [:]][name] == nil { order[slug, default: []].append(name) }
                if spellings[slug, default: [:]][name, default: []].last != document.sourcePath {
                    spellings[slug, default: [:]][name, default: []].append(document.sourcePath)
                }
                uses.append((slug, name, document.sourcePath, position))
            }
        }
        for use in uses {
            guard let forms = spellings[use.slug], forms.count > 1 else { continue }
            // `max` keeps the first of equally common spellings: the first used, in path order.
            let majority = order[use.slug]!.max { forms[$0]!.count < forms[$1]!.count }!
            guard use.name != majority else { continue }
            let files = forms[majority]!
            let listed = files.prefix(3).joined(separator: ", ") + (files.count > 3 ? ", …" : "")
            errors.append(Diagnostic(file: use.file, line: use.position.line, column: use.position.column,
                                     message: "tag \"\(use.name)\" is written \"\(majority)\" elsewhere (\(listed)): both become /tags/\(use.slug)/",
                                     hint: "spell it \"\(majority)\" as \(files.count == 1 ? "that file does" : "those \(files.count) files do")"))
        }
        return errors
    }

    private static func bySourcePath(_ documents: [Document]) -> [Document] {
        documents.indices.sorted { documents[$0].sourcePath < documents[$1].sourcePath }.map { documents[$0] }
    }

    private func duplicateSlugs(in documents: [Document]) -> [Diagnostic] {  // documents in path order
        var errors: [Diagnostic] = []
        var seen: [String: Document] = [:]
        for document in documents {
            if document.kind == .page, URLPaths.reserved.contains(document.slug) {
                errors.append(Diagnostic(file: document.sourcePath, line: 1, column: 1,
                                        message: "page slug \"\(document.slug)\" is used by Goodwill for its own pages",
                                        hint: "rename the file or set another slug: in its front matter"))
            }
            let key = document.urlPath
            if let first = seen[key] {
                errors.append(Diagnostic(file: document.sourcePath, line: 1, column: 1,
                                        message: "\(document.kind.rawValue) slug \"\(document.slug)\" is also used by \(first.sourcePath)",
                                        hint: "give one of them another file name or a slug: in its front matter"))
            } else {
                seen[key] = document
            }
        }
        return errors
    }
}

extension Document {
    /// The order of articles everywhere (lists, feeds, neighbours): newest first, and at the same
    /// moment by slug, so the order never depends on the file system.
    struct NewestFirstKey: Comparable {
        let time: Int64
        let slug: String

        static func < (a: NewestFirstKey, b: NewestFirstKey) -> Bool {
            a.time != b.time ? a.time > b.time : a.slug < b.slug
        }
    }

    var newestFirstKey: NewestFirstKey {
        NewestFirstKey(time: date?.secondsSinceEpoch ?? 0, slug: slug)
    }

    static func newestFirst(_ a: Document, _ b: Document) -> Bool {
        a.newestFirstKey < b.newestFirstKey
    }
}
