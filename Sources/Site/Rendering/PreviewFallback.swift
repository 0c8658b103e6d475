/// The preview image of an article whose front matter names none: its first picture that a
/// link preview can show well, from the text, else from its bundle; before the site's default.
/// LinkedIn, X and Facebook show a large preview only from about 600 pixels wide, and none of
/// them shows an SVG.
enum PreviewFallback {
    static let minimumWidth = 600

    static func suits(_ size: ImageDimensions) -> Bool {
        size.format != .svg && size.width >= minimumWidth
    }

    /// The bundle's first suitable raster file, in name order; its alt text is the title's.
    static func bundlePicture(of document: Document, images: LocalImages) -> (url: String, alt: String, size: ImageDimensions)? {
        for asset in document.assets.sorted() where isRasterName(asset) {
            if let size = images.dimensions(of: asset, from: document), suits(size) { return (asset, "", size) }
        }
        return nil
    }

    private static func isRasterName(_ name: String) -> Bool {
        let lower = name.lowercased()
        return [".png", ".jpg", ".jpeg", ".gif", ".webp"].contains { lower.hasSuffix($0) }
    }
}
