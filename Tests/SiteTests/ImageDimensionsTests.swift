import Foundation
import Testing
@testable import Site

/// Sizes read from real files of each format (Tests/Fixtures/images, written by Pillow; the
/// example site's PNG preview images, rendered by Chromium).
@Suite("Image sizes from file headers")
struct ImageDimensionsTests {
    static let folder = TestSite.fixtures.appendingPathComponent("images")

    @Test("PNG, JPEG with EXIF, GIF, WebP (lossy, lossless, extended) and SVG", arguments: [
        ("chart.png", 321, 123, ImageDimensions.Format.png),
        ("photo.jpg", 321, 123, .jpeg),
        ("anim.gif", 77, 55, .gif),
        ("lossy.webp", 300, 157, .webp),
        ("lossless.webp", 64, 48, .webp),
        ("alpha.webp", 90, 70, .webp),
        ("sized.svg", 120, 80, .svg),
        ("viewbox.svg", 401, 200, .svg),
    ])
    func format(_ file: String, _ width: Int, _ height: Int, _ format: ImageDimensions.Format) {
        let size = ImageDimensions.read(path: Self.folder.appendingPathComponent(file).path)
        #expect(size == ImageDimensions(width: width, height: height, format: format))
    }

    @Test("the example site's preview images are 1200×630, the size every platform shows in full")
    func examplePreviews() {
        let root = TestSite.fixtures.deletingLastPathComponent().deletingLastPathComponent()
        for path in ["static/social.png", "content/articles/sharing-on-each-platform/preview.png"] {
            #expect(ImageDimensions.read(path: root.appendingPathComponent(path).path) == ImageDimensions(width: 1200, height: 630, format: .png), "\(path)")
        }
    }

    @Test("a missing file, a text file and a truncated header have no size")
    func notImages() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("goodwill-images-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("not an image".utf8).write(to: folder.appendingPathComponent("a.png"))
        try Data([0x89, 0x50, 0x4E, 0x47]).write(to: folder.appendingPathComponent("b.png"))
        try Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00]).write(to: folder.appendingPathComponent("c.jpg"))
        for name in ["a.png", "b.png", "c.jpg", "missing.gif"] {
            #expect(ImageDimensions.read(path: folder.appendingPathComponent(name).path) == nil, "\(name)")
        }
    }
}
