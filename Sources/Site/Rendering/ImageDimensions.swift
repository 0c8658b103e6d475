import Foundation

/// The size in pixels of a PNG, JPEG, GIF, WebP or SVG file, read from its header: pages write
/// `width` and `height` on `<img>` (no layout jump while pictures load) and `og:image:width`
/// and `height` (previews render at once instead of after the crawler fetches the picture).
public struct ImageDimensions: Sendable, Equatable {
    public enum Format: String, Sendable { case png, jpeg, gif, webp, svg }

    public var width: Int
    public var height: Int
    public var format: Format

    /// Reads `path`; nil when the file is missing, not one of the formats, or says no size.
    public static func read(path: String) -> ImageDimensions? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        // Headers sit at the start; a JPEG's frame header can follow large metadata (EXIF,
        // ICC profiles), so a JPEG is read further if the first piece does not hold it.
        guard let head = try? handle.read(upToCount: 65_536), !head.isEmpty else { return nil }
        let bytes = [UInt8](head)
        if let found = png(bytes) ?? gif(bytes) ?? webp(bytes) { return found }
        if bytes.starts(with: [0xFF, 0xD8]) {
            if let found = jpeg(bytes) { return found }
            guard let rest = try? handle.readToEnd() else { return nil }
            return jpeg(bytes + [UInt8](rest))
        }
        return svg(bytes)
    }

    static func png(_ b: [UInt8]) -> ImageDimensions? {
        guard b.count >= 24, b.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else { return nil }
        return sized(bigEndian(b, 16, 4), bigEndian(b, 20, 4), .png)
    }

    static func gif(_ b: [UInt8]) -> ImageDimensions? {
        guard b.count >= 10, b.starts(with: Array("GIF8".utf8)) else { return nil }
        return sized(Int(b[6]) | Int(b[7]) << 8, Int(b[8]) | Int(b[9]) << 8, .gif)
    }

    static func webp(_ b: [UInt8]) -> ImageDimensions? {
        guard b.count >= 30, b.starts(with: Array("RIFF".utf8)), Array(b[8..<12]) == Array("WEBP".utf8) else { return nil }
        switch String(decoding: b[12..<16], as: UTF8.self) {
        case "VP8 ":  // lossy: 14-bit sizes after the frame tag and start code
            return sized((Int(b[26]) | Int(b[27]) << 8) & 0x3FFF, (Int(b[28]) | Int(b[29]) << 8) & 0x3FFF, .webp)
        case "VP8L":  // lossless: 14 bits each, minus one, after the signature byte
            let bits = Int(b[21]) | Int(b[22]) << 8 | Int(b[23]) << 16 | Int(b[24]) << 24
            return sized((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1, .webp)
        case "VP8X":  // extended: 24-bit canvas sizes, minus one
            return sized((Int(b[24]) | Int(b[25]) << 8 | Int(b[26]) << 16) + 1, (Int(b[27]) | Int(b[28]) << 8 | Int(b[29]) << 16) + 1, .webp)
        default:
            return nil
        }
    }

    /// Walks the JPEG's segments to the first start-of-frame marker (SOF0–SOF15 but DHT, JPG, DAC).
    static func jpeg(_ b: [UInt8]) -> ImageDimensions? {
        var index = 2
        while index + 9 < b.count {
            guard b[index] == 0xFF else { return nil }
            let marker = b[index + 1]
            if marker == 0xFF { index += 1; continue }
            if marker == 0xD8 || marker == 0x01 || (0xD0...0xD7).contains(marker) { index += 2; continue }
            let length = bigEndian(b, index + 2, 2)
            if (0xC0...0xCF).contains(marker), marker != 0xC4, marker != 0xC8, marker != 0xCC {
                return sized(bigEndian(b, index + 7, 2), bigEndian(b, index + 5, 2), .jpeg)
            }
            guard length >= 2 else { return nil }
            index += 2 + length
        }
        return nil
    }

    /// The root `<svg>`'s `width` and `height` in pixels (unitless or `px`), else its `viewBox`.
    static func svg(_ b: [UInt8]) -> ImageDimensions? {
        let text = String(decoding: b, as: UTF8.self)
        guard let open = text.range(of: "<svg"), let close = text[open.upperBound...].firstIndex(of: ">") else { return nil }
        let tag = text[open.upperBound..<close]
        func attribute(_ name: String) -> String? {
            guard let range = tag.range(of: "\\s\(name)\\s*=\\s*[\"']([^\"']*)[\"']", options: .regularExpression) else { return nil }
            let match = tag[range]
            let quote = match.firstIndex { $0 == "\"" || $0 == "'" }!
            return String(match[match.index(after: quote)..<match.index(before: match.endIndex)])
        }
        func pixels(_ value: String?) -> Double? {
            guard var value = value?.trimmingCharacters(in: .whitespaces) else { return nil }
            if value.hasSuffix("px") { value.removeLast(2) }
            return Double(value)
        }
        if let width = pixels(attribute("width")), let height = pixels(attribute("height")) {
            return sized(Int(width.rounded()), Int(height.rounded()), .svg)
        }
        let box = attribute("viewBox")?.split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) } ?? []
        guard box.count == 4 else { return nil }
        return sized(Int(box[2].rounded()), Int(box[3].rounded()), .svg)
    }

    private static func bigEndian(_ b: [UInt8], _ start: Int, _ count: Int) -> Int {
        guard start + count <= b.count else { return 0 }
        return b[start..<(start + count)].reduce(0) { $0 << 8 | Int($1) }
    }

    private static func sized(_ width: Int, _ height: Int, _ format: Format) -> ImageDimensions? {
        width > 0 && height > 0 && width < 100_000 && height < 100_000 ? ImageDimensions(width: width, height: height, format: format) : nil
    }
}
