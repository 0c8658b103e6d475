import Core
import Foundation

/// Finds the file behind an image a page shows, to read its size: `/x.png` in the site's or
/// the theme's `static/`, `x.png` beside the Markdown file (a bundle's assets). Remote and
/// `data:` images are not read: a build does not fetch from the network.
struct LocalImages: Sendable {
    let siteRoot: String
    let theme: String

    func dimensions(of destination: String, from document: Document) -> ImageDimensions? {
        path(of: destination, from: document).flatMap(ImageDimensions.read(path:))
    }

    /// The file behind `/x.png`: the site's `static/` first, then the theme's.
    func staticFile(_ path: String) -> String? {
        let relative = path.drop { $0 == "/" }
        return ["static", "themes/\(theme)/static"].lazy.map { "\(siteRoot)/\($0)/\(relative)" }
            .first { FileIO.entry(at: $0) == .file }
    }

    func path(of destination: String, from document: Document) -> String? {
        guard !destination.isEmpty, !destination.hasPrefix("//"), !destination.contains(":") || destination.hasPrefix("./") else { return nil }
        let end = destination.firstIndex { $0 == "?" || $0 == "#" } ?? destination.endIndex
        let path = String(destination[..<end]).removingPercentEncoding ?? String(destination[..<end])
        guard !path.split(separator: "/").contains("..") else { return nil }
        if path.hasPrefix("/") { return staticFile(path) }
        let folder = (document.sourcePath as NSString).deletingLastPathComponent
        let candidate = "\(siteRoot)/\(folder)/\(path)"
        return FileIO.entry(at: candidate) == .file ? candidate : nil
    }
}
