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

    /// Whether `text` names the site's host at all (case folded): when not, it links no article.
    public func mayLink(_ text: String) -> Bool {
        guard !host.isEmpty, !text.isEmpty else { return false }
        var text = text
        return text.withUTF8 { bytes in
            host.utf8.withContiguousStorageIfAvailable { needle in
                Self.containsFolded(bytes, needle)
            } ?? true
        }
    }

    /// ASCII case-insensitive search of a lowercased `needle` in `haystack`.
    static func containsFolded(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard needle.count > 0, haystack.count >= needle.count else { return false }
        let first = needle[0], firstUpper = first >= 0x61 && first <= 0x7A ? first - 0x20 : first
        var index = 0
        let last = haystack.count - needle.count
        while index <= last {
            let byte = haystack[index]
            if byte == first || byte == firstUpper {
                var matched = 1
                while matched < needle.count {
                    var candidate = haystack[index + matched]
                    if candidate >= 0x41 && candidate <= 0x5A { candidate += 0x20 }
                    if candidate != needle[matched] { break }
                    matched += 1
                }
                if matched == needle.count { return true }
            }
            index += 1
        }
        return false
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
    /// Scanned byte by byte: every message of an export goes through here.
    static func urls(in text: String) -> [String] {
        var urls: [String] = []
        let bytes = Array(text.utf8)
        func starts(_ prefix: StaticString, at position: Int) -> Bool {
            let count = prefix.utf8CodeUnitCount
            guard position + count <= bytes.count else { return false }
            return prefix.withUTF8Buffer { prefix in (0..<count).allSatisfy { bytes[position + $0] == prefix[$0] } }
        }
        func isStop(_ position: Int) -> Bool {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09, 0x3C, 0x3E, 0x22, 0x27, 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D, 0x7C: return true
            case 0xC2: return position + 1 < bytes.count && bytes[position + 1] == 0xA0  // a no-break space
            default: return false
            }
        }
        var position = 0
        while position < bytes.count {
            let byte = bytes[position]
            guard (byte == 0x68 && (starts("http://", at: position) || starts("https://", at: position)))
                    || (byte == 0x77 && starts("www.", at: position)) else {
                position += 1
                continue
            }
            var end = position
            while end < bytes.count, !isStop(end) { end += 1 }
            var last = end
            while last > position, ".,;:!?".utf8.contains(bytes[last - 1]) { last -= 1 }
            urls.append(String(decoding: bytes[position..<last], as: UTF8.self))
            position = end
        }
        return urls
    }
}
