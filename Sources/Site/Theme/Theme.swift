import Core
import Foundation
import Mustache

/// The templates and static files a site is rendered with.
///
/// Templates are looked up in four layers, later ones winning: the default theme built into
/// goodwill, the templates contributors bring for their own pages (the share kit's `share`),
/// `themes/<name>/templates/`, and the site's own `templates/`. So a site with no theme folder
/// still builds, and a site overrides one template without copying all.
public struct Theme: Sendable {
    public let name: String
    let library: MustacheLibrary
    /// Every template's name, so that asking for one that does not exist is an error rather
    /// than an empty page.
    let templateNames: Set<String>
    /// The templates a theme folder or the site's `templates/` provides, rather than goodwill
    /// itself: where one of the default theme's prepared values (`SiteTemplate.prepared`) is one
    /// of these, the value is rendered from it instead of written by goodwill.
    let ownTemplates: Set<String>
    /// Static files as (relative output path, absolute source path or nil for built-in, built-in text).
    let staticFiles: [StaticFile]

    struct StaticFile: Sendable {
        var outputPath: String
        var source: Source
        enum Source: Sendable { case file(String), builtIn(String) }
    }

    /// Templates every theme must provide.
    public static let requiredTemplates = ["base", "home", "article", "page"]

    public static func load(siteRoot: URL, config: SiteConfig, contributed: [String: String] = [:]) throws(Diagnostic) -> Theme {
        let themeFolder = siteRoot.appendingPathComponent("themes").appendingPathComponent(config.theme)
        let hasThemeFolder = FileManager.default.fileExists(atPath: themeFolder.path)
        guard hasThemeFolder || config.theme == "default" else {
            throw Diagnostic(file: ConfigLoader.fileName, message: "theme \"\(config.theme)\" not found in themes/",
                            hint: "create themes/\(config.theme)/templates/ or remove `theme:` to use the built-in default theme")
        }
        var sources: [String: (text: String, file: String)] = [:]
        var own: Set<String> = []
        for (name, text) in DefaultTheme.templates { sources[name] = (text, "(built-in default theme)/templates/\(name).mustache") }
        for (name, text) in contributed { sources[name] = (text, "(built-in)/templates/\(name).mustache") }
        var staticFiles: [String: StaticFile] = [:]
        if hasThemeFolder {
            for (name, source) in templateFiles(in: themeFolder.appendingPathComponent("templates"), siteRoot: siteRoot) {
                sources[name] = source
                own.insert(name)
            }
            let themeStatic = themeFolder.appendingPathComponent("static").path
            for file in try publishableStaticFiles(in: themeStatic, display: "themes/\(config.theme)/static", root: themeFolder.path) {
                staticFiles[file] = StaticFile(outputPath: file, source: .file(themeStatic + "/" + file))
            }
        } else {
            for (path, text) in DefaultTheme.staticFiles { staticFiles[path] = StaticFile(outputPath: path, source: .builtIn(text)) }
        }
        for (name, source) in templateFiles(in: siteRoot.appendingPathComponent("templates"), siteRoot: siteRoot) {
            sources[name] = source
            own.insert(name)
        }
        let siteStatic = siteRoot.appendingPathComponent("static").path
        for file in try publishableStaticFiles(in: siteStatic, display: "static", root: siteRoot.path) {
            staticFiles[file] = StaticFile(outputPath: file, source: .file(siteStatic + "/" + file))
        }

        try checkPartials(sources)
        HTMLEscaping.registered
        var library = MustacheLibrary()
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            library.register(try parse(source.text, file: source.file, pragma: HTMLEscaping.pragma), named: name)
        }
        return Theme(name: config.theme, library: library, templateNames: Set(sources.keys), ownTemplates: own,
                     staticFiles: staticFiles.values.sorted { $0.outputPath < $1.outputPath })
    }

    /// Renders the named template, or says that no layer has it (a contributed page may name one
    /// that neither its contributor nor the theme provides).
    func render(_ template: String, _ context: some TemplateView) throws(Diagnostic) -> String {
        guard templateNames.contains(template), let text = library.render(context, withTemplate: template) else {
            throw Diagnostic(file: "templates/\(template).mustache", message: "no template named \"\(template)\"",
                             hint: DidYouMean.hint(for: template, in: templateNames.sorted())
                                 + "add templates/\(template).mustache to the site or its theme")
        }
        return text
    }

    /// Renders one of the templates Site itself renders with, which the built-in default theme
    /// always provides (a theme may only override them), so it cannot be missing.
    func render(site template: SiteTemplate, _ context: Any) -> String {
        guard let text = library.render(context, withTemplate: template.rawValue) else {
            preconditionFailure("the built-in default theme has no \(template.rawValue).mustache")
        }
        return text
    }

    /// Renders a partial whose output a template places on a line of its own (`{{{site_header}}}`):
    /// without its last line break, which that line adds back.
    func renderFragment(_ template: SiteTemplate, _ context: Any) -> String {
        let text = render(site: template, context)
        return text.hasSuffix("\n") ? String(text.dropLast()) : text
    }

    /// The files of a static folder, refused when publishing them would publish what is private:
    /// the ledger or reports copied in by mistake, or a link to a file outside the site (or the
    /// theme's own folder).
    private static func publishableStaticFiles(in folder: String, display: String, root: String) throws(Diagnostic) -> [String] {
        let files = FileIO.files(under: folder)
        for privateFolder in ["network", "reports"] where files.contains(where: { $0.hasPrefix(privateFolder + "/") }) {
            throw Diagnostic(file: "\(display)/\(privateFolder)",
                             message: "\(privateFolder)/ under \(display)/ would publish the private \(privateFolder == "network" ? "ledger (contacts and activity)" : "reports") with the site",
                             hint: "move it out of \(display)/: Goodwill keeps \(privateFolder)/ at the top of the site folder, never published")
        }
        let boundary = SymbolicLinks.Boundary(root)
        for file in files {
            if let real = boundary.outside(folder + "/" + file) {
                throw ContentLoader.linkOutside("\(display)/\(file)", to: real, instead: "copy what you mean to publish into \(display)/")
            }
        }
        return files
    }

    /// `{{> sidebar}}` with no sidebar template renders nothing, silently: an error at the tag.
    private static func checkPartials(_ sources: [String: (text: String, file: String)]) throws(Diagnostic) {
        for name in sources.keys.sorted() {
            let source = sources[name]!
            guard source.text.contains("{{>") else { continue }
            var line = 1
            for text in source.text.split(separator: "\n", omittingEmptySubsequences: false) {
                var rest = text[...]
                while let open = rest.range(of: "{{>") {
                    let afterTag = rest[open.upperBound...]
                    guard let close = afterTag.range(of: "}}") else { break }
                    let partial = afterTag[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                    // `{{>*name}}` is a dynamic partial, resolved only while rendering.
                    if !partial.hasPrefix("*"), sources[partial] == nil {
                        let column = text.distance(from: text.startIndex, to: open.lowerBound) + 1
                        throw Diagnostic(file: source.file, line: line, column: column, message: "no partial \"\(partial)\" in the site or its theme",
                                         hint: DidYouMean.hint(for: partial, in: sources.keys.sorted()) + "add templates/\(partial).mustache, or fix the name")
                    }
                    rest = afterTag[close.upperBound...]
                }
                line += 1
            }
        }
    }

    /// Parses one template file with `pragma` (a content type, on a line of its own) put first;
    /// a syntax error names the file, and the line and column as the author sees them.
    public static func parse(_ text: String, file: String, pragma: String) throws(Diagnostic) -> MustacheTemplate {
        do {
            return try MustacheTemplate(string: pragma + text)
        } catch let error as MustacheTemplate.ParserError {
            // The pragma takes a line of its own before the template's: lines are reported one less.
            throw Diagnostic(file: file, line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber,
                             message: "template syntax: \(describe(error.error))", hint: "every {{#section}} needs its {{/section}}, with the same name")
        } catch {
            throw Diagnostic(file: file, message: "template syntax: \(error)")
        }
    }

    /// swift-mustache's error cases in a writer's words.
    private static func describe(_ error: Error) -> String {
        switch error {
        case MustacheTemplate.Error.sectionCloseNameIncorrect: return "this closes a section that is not the one open"
        case MustacheTemplate.Error.expectedSectionEnd: return "a section opened above is never closed"
        case MustacheTemplate.Error.unfinishedName: return "a tag is not finished (missing }})"
        default: return "\(error)"
        }
    }

    private static func templateFiles(in folder: URL, siteRoot: URL) -> [(String, (text: String, file: String))] {
        FileIO.files(under: folder.path).filter { $0.hasSuffix(".mustache") }.compactMap { relative in
            let path = folder.path + "/" + relative
            guard let data = FileManager.default.contents(atPath: path) else { return nil }
            let display = path.hasPrefix(siteRoot.path + "/") ? String(path.dropFirst(siteRoot.path.count + 1)) : path
            return (String(relative.dropLast(".mustache".count)), (String(decoding: data, as: UTF8.self), display))
        }
    }
}
