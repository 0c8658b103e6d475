import Foundation

/// Which published article a link in a message points to, and whose tracked link it was: the
/// site's URL paths (current and old, `aliases:`), its host with or without `www.`, and each
/// contact's token. Built by the application layer from the site; the ledger knows no site.
public struct ArticleLinks: Sendable {
    /// The site's host, lowercased, without `www.`.
    let host: String
    /// URL path (`/articles/call-reviews/`) → slug, for current paths and aliases.
    let slugsByPath: [String: String]
    /// `utm_content` token → contact id.
    let contactsByToken: [String: String]

    public init(siteURL: String, paths: [(path: String, slug: String)], contactsByToken: [String: String]) {
        host = Self.host(of: siteURL) ?? ""
        var byPath: [String: String] = [:]
        for (path, slug) in paths { byPath[Self.normalPath(path)] = byPath[Self.normalPath(path)] ?? slug }
        slugsByPath = byPath
        self.contactsByToken = contactsByToken
    }

    /// A link found in a message.
    public struct Link: Equatable, Sendable {
        public var slug: String
        /// The contact whose tracked link it is, when it carries a token.
        public var tokenOwner: String?
    }

    /// The article links in `text`, in order, each article once.
    public func links(in text: String) -> [Link] {
        guard !host.isEmpty else { return [] }
        var found: [Link] = []
        for candidate in Self.urls(in: text) {
            guard let link = resolve(candidate), !found.contains(where: { $0.slug == link.slug }) else { continue }
            found.append(link)
        }
        return found
    }

    /// One URL, with or without its scheme.
    public func resolve(_ written: String) -> Link? {
        var rest = Substring(written)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        let hostEnd = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
        var linkHost = rest[..<hostEnd].lowercased()
        if linkHost.hasPrefix("www.") { linkHost.removeFirst(4) }
        guard linkHost == host else { return nil }
        var path = String(rest[hostEnd...])
        var query = ""
        if let hash = path.firstIndex(of: "#") { path = String(path[..<hash]) }
        if let mark = path.firstIndex(of: "?") { query = String(path[path.index(after: mark)...]); path = String(path[..<mark]) }
        guard let slug = slugsByPath[Self.normalPath(path)] else { return nil }
        let token = query.split(separator: "&").first { $0.hasPrefix("utm_content=") }.map { String($0.dropFirst(12)).lowercased() }
        return Link(slug: slug, tokenOwner: token.flatMap { contactsByToken[$0] })
    }

    /// `/articles/x/`, `/articles/x`, `/articles/x/index.html` and percent-escapes are one path.
    static func normalPath(_ path: String) -> String {
        var path = path.removingPercentEncoding ?? path
        if path.hasSuffix("/index.html") { path.removeLast("index.html".count) }
        while path.hasSuffix("/") { path.removeLast() }
        if !path.hasPrefix("/") { path = "/" + path }
        return path.lowercased()
    }

    static func host(of url: String) -> String? {
        guard let components = URLComponents(string: url), var host = components.host?.lowercased() else { return nil }
        if host.hasPrefix("www.") { host.removeFirst(4) }
        return host
    }

    /// Every `http(s)://…` or `www.…` run in `text`, without the punctuation that ends a sentence.
    static func urls(in text: String) -> [String] {
        var urls: [String] = []
        let stops: Set<Character> = [" ", "\n", "\r", "\t", "<", ">", "\"", "'", "(", ")", "[", "]", "{", "}", "|", "\u{00A0}"]
        var rest = Substring(text)
        while let start = [rest.range(of: "http://"), rest.range(of: "https://"), rest.range(of: "www.")]
            .compactMap({ $0 }).min(by: { $0.lowerBound < $1.lowerBound }) {
            let end = rest[start.lowerBound...].firstIndex(where: stops.contains) ?? rest.endIndex
            var url = String(rest[start.lowerBound..<end])
            while let last = url.last, ".,;:!?".contains(last) { url.removeLast() }
            urls.append(url)
            rest = rest[end...]
        }
        return urls
    }
}
