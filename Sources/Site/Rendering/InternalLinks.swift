import Foundation
import Markdown

/// Rewrites links between content files (`[x](other.md)`, `[x](../pages/about.md#team)`)
/// to the URLs of their pages, so writers link files their editor can follow.
struct InternalLinks: Sendable {
    /// Content-relative source path → URL path, for what this build publishes.
    let published: [String: String]
    /// Content-relative source paths that exist but are not published (drafts, future).
    let unpublished: Set<String>

    enum Resolution: Equatable {
        case notInternal
        /// The URL to write, and the content path it belongs to.
        case url(String, target: String)
        case missing(String)
        case notPublished(String)
    }

    func resolve(_ destination: String, from document: Document) -> Resolution {
        guard !destination.isEmpty, !destination.hasPrefix("#"), !destination.hasPrefix("/"),
              !Self.hasScheme(destination) else { return .notInternal }
        let pathEnd = destination.utf8.firstIndex { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "?") } ?? destination.endIndex
        let rawPath = String(destination[..<pathEnd])
        let suffix = String(destination[pathEnd...])
        guard rawPath.hasSuffix(".md") else { return .notInternal }
        // Foundation's decoding is slow on Linux, and most paths have nothing to decode.
        let path = rawPath.utf8.contains(UInt8(ascii: "%")) ? rawPath.removingPercentEncoding ?? rawPath : rawPath

        var components = document.contentPath.split(separator: "/").dropLast().map(String.init)
        for part in path.split(separator: "/") {
            switch part {
            case ".": continue
            case "..":
                if components.isEmpty { return .missing(path) }
                components.removeLast()
            default: components.append(String(part))
            }
        }
        let target = components.joined(separator: "/")
        for candidate in [target, String(target.dropLast(3)) + "/index.md"] {
            if let url = published[candidate] { return .url(url + suffix, target: candidate) }
            if unpublished.contains(candidate) { return .notPublished("content/" + candidate) }
        }
        return .missing("content/" + target)
    }

    /// `scheme:` at the start (RFC 3986: a letter, then letters, digits, `+`, `-`, `.`). On
    /// UTF-8 bytes: every link of every article passes here, and `Character.isLetter` showed.
    private static func hasScheme(_ destination: String) -> Bool {
        var sawLetter = false
        for byte in destination.utf8 {
            switch byte {
            case UInt8(ascii: ":"): return sawLetter
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): sawLetter = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
                guard sawLetter else { return false }
            default: return false
            }
        }
        return false
    }
}
