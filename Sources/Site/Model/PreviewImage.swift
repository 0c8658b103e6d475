/// The picture a link preview shows (`og:image`, `twitter:image`, `BlogPosting.image`).
public struct PreviewImage: Sendable, Equatable {
    public var url: String
    /// `og:image:alt`: what the picture shows.
    public var alt: String
    /// Known for local files; previews render at once when `og:image:width` and `height` are given.
    public var size: ImageDimensions?

    static func isSVG(_ path: String) -> Bool {
        let end = path.firstIndex { $0 == "?" || $0 == "#" } ?? path.endIndex
        return path[..<end].lowercased().hasSuffix(".svg")
    }

    static func svgMessage(_ image: String) -> String {
        "preview image \"\(image)\" is an SVG, which LinkedIn, X and Facebook do not show"
    }

    static let svgHint = "export it as PNG or JPEG (1200×630 suits every platform) and name that file in image:"
}
