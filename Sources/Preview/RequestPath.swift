import Foundation

/// Turns a request path into a file inside the built site, refusing anything that could
/// reach outside it: `..` segments (also percent-encoded), backslashes, NUL bytes.
enum RequestPath {
    /// The relative file path for `path`, or nil when the request must be refused.
    static func file(for path: String) -> String? {
        // Decode twice: `%252e%252e` must not become `..` after some later layer decodes again.
        var decoded = path
        for _ in 0..<2 { decoded = decoded.removingPercentEncoding ?? decoded }
        guard decoded.hasPrefix("/"), !decoded.contains("\\"), !decoded.contains("\0") else { return nil }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true)
        guard !segments.contains(where: { $0 == ".." || $0 == "." }) else { return nil }
        var relative = segments.joined(separator: "/")
        if decoded.hasSuffix("/") || relative.isEmpty { relative += relative.isEmpty ? "index.html" : "/index.html" }
        return relative
    }
}

/// Content types by file extension, for what a static site holds.
enum MIMEType {
    static func of(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let ext = name.contains(".") ? String(name.split(separator: ".").last!).lowercased() : ""
        switch ext {
        case "html", "htm": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "xml": return "application/xml"
        case "txt": return "text/plain; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "avif": return "image/avif"
        case "ico": return "image/x-icon"
        case "woff2": return "font/woff2"
        case "pdf": return "application/pdf"
        case "mp4": return "video/mp4"
        default: return "application/octet-stream"
        }
    }
}
