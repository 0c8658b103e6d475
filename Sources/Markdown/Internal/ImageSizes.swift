import Foundation

/// Adds `width` and `height` to the `<img>` tags libcmark wrote for images whose size the
/// caller knows: with them a browser reserves the picture's box before it loads, so the text
/// does not jump (CSS `height: auto` keeps the ratio when the picture is scaled down).
enum ImageSizes {
    static func add(_ sizes: [String: (width: Int, height: Int)], to html: String) -> String {
        let marker = "<img src=\""
        var output = ""
        output.reserveCapacity(html.utf8.count + sizes.count * 32)
        var rest = Substring(html)
        while let found = rest.range(of: marker) {
            output += rest[..<found.lowerBound]
            let afterSource = rest[found.upperBound...]
            let sourceEnd = afterSource.firstIndex(of: "\"") ?? afterSource.endIndex
            let source = String(afterSource[..<sourceEnd]).replacingOccurrences(of: "&amp;", with: "&")
            if let size = sizes[source] ?? sizes[source.removingPercentEncoding ?? source] {
                output += "<img width=\"\(size.width)\" height=\"\(size.height)\" src=\""
            } else {
                output += marker
            }
            rest = afterSource
        }
        output += rest
        return output
    }
}
