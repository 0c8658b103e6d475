import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An Atom feed read back with a real XML parser: a malformed feed fails to parse.
struct ParsedFeed {
    struct Entry: Equatable {
        var id: String
        var title: String
        var link: String
        var hasContent: Bool
    }

    let id: String
    let updated: String
    let entries: [Entry]

    init(contentsOf url: URL) throws {
        let document = try XMLDocument(contentsOf: url, options: [])
        let root = try #require(document.rootElement())
        func text(_ element: XMLElement, _ name: String) -> String {
            element.elements(forName: name).first?.stringValue ?? ""
        }
        guard root.name == "feed", root.uri == "http://www.w3.org/2005/Atom" else { throw CocoaError(.fileReadCorruptFile) }
        id = text(root, "id")
        updated = text(root, "updated")
        entries = root.elements(forName: "entry").map { entry in
            Entry(id: text(entry, "id"), title: text(entry, "title"),
                  link: entry.elements(forName: "link").first?.attributes?.first { $0.name == "href" }?.stringValue ?? "",
                  hasContent: !entry.elements(forName: "content").isEmpty)
        }
    }
}

/// `sitemap.xml` read back with an XML parser.
func sitemapLocations(_ url: URL) throws -> [String] {
    let document = try XMLDocument(contentsOf: url, options: [])
    return try #require(document.rootElement()).elements(forName: "url").compactMap { $0.elements(forName: "loc").first?.stringValue }
}
