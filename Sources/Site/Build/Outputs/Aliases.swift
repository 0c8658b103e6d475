import Core

/// Redirect pages at each article's and page's `aliases` paths, so old links keep working after
/// a move. Checked before anything is rendered: an alias may never take a path the build writes
/// for anything else (a list page, a feed, a share kit), nor one another alias takes.
struct AliasRedirect {
    var document: Document
    /// Output-relative file: `2019/old-title/index.html`.
    var path: String
}

enum Aliases {
    /// Each alias's file, or an error at its line. `taken` holds every other file the build writes.
    static func plan(_ documents: [Document], taken: Set<String>) -> (redirects: [AliasRedirect], errors: [Diagnostic]) {
        var claimed: [String: String] = [:]  // alias file → the alias that took it first
        var redirects: [AliasRedirect] = []
        var errors: [Diagnostic] = []
        for document in documents {
            for (alias, position) in zip(document.aliases, document.aliasPositions) {
                func fail(_ message: String, _ hint: String) {
                    errors.append(Diagnostic(file: document.sourcePath, line: position.line, column: position.column, message: message, hint: hint))
                }
                guard let path = file(for: alias) else {
                    fail("alias \"\(alias)\" is not a path on this site", "write the old path, e.g. /2019/old-title/")
                    continue
                }
                if taken.contains(path) {
                    fail("alias \"\(alias)\" would replace \(path), which this site's build writes itself",
                         "remove the alias: that address already shows a page of the site")
                } else if let file = folders(of: path).first(where: taken.contains) {
                    fail("alias \"\(alias)\" would need a folder \(file)/, but this site's build writes the file \(file)",
                         "remove the alias, or give it a path of its own")
                } else if let first = claimed[path] {
                    fail("alias \"\(alias)\" would overwrite \(path), which the alias \"\(first)\" writes too",
                         "remove one of the two aliases")
                } else {
                    claimed[path] = alias
                    redirects.append(AliasRedirect(document: document, path: path))
                }
            }
        }
        return (redirects, errors)
    }

    /// `a/b/index.html` → `a`, `a/b`: the folders a file needs.
    static func folders(of path: String) -> [String] {
        let parts = path.split(separator: "/").dropLast()
        return parts.indices.map { parts[...$0].joined(separator: "/") }
    }

    /// `/2019/old-title/` → `2019/old-title/index.html`; `/old.html` → `old.html`. Only `.html`
    /// and `.htm` aliases are files, as in Hugo and Zola: `/releases/1.88.0` is a folder, or a
    /// static server would send the redirect as a download.
    static func file(for alias: String) -> String? {
        let parts = alias.split(separator: "/")
        guard !parts.isEmpty, !parts.contains(".."), !parts.contains("."), !alias.contains("://") else { return nil }
        let path = parts.joined(separator: "/")
        let last = parts.last!.lowercased()
        let isFile = !alias.hasSuffix("/") && (last.hasSuffix(".html") || last.hasSuffix(".htm"))
        return isFile ? path : path + "/index.html"
    }
}

extension SitePlan {
    /// The redirect pages, each rendered with the `alias` template.
    func aliasPages() throws -> [OutputFile] {
        let (redirects, errors) = OutputPaths.aliases(site: published, theme: theme, contributors: contributors)
        guard errors.isEmpty else { throw Diagnostics(errors) }
        return redirects.map { redirect in
            let document = redirect.document
            var head = TemplateContext.Head(title: document.title, description: "", urlPath: document.urlPath)
            head.noIndex = true
            let page = context.page(head, AliasPageValues(targetURL: config.absoluteURL(forPath: document.urlPath), targetTitle: document.title))
            return OutputFile(path: redirect.path, template: SiteTemplate.alias.rawValue, context: page)
        }
    }
}
