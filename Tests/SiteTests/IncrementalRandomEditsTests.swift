import Core
import Foundation
import Testing
@testable import Site

/// The preview's promise: every rebuild leaves exactly what a full build of the same sources
/// would. Checked after each of a few hundred random edits of every kind an author makes.
@Suite("Incremental rebuilds equal full builds, edit after random edit")
struct IncrementalRandomEditsTests {
    /// A small seeded generator, so a failure can be replayed from its seed.
    struct SplitMix64: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// One article's front matter and body, written out whole after each edit.
    struct Article {
        var file: String
        var isBundle: Bool
        var title: String
        var slug: String?
        var date: String
        var segments: [String]
        var tags: [String]
        var image: String?
        var draft = false
        var body: String

        var path: String { isBundle ? "content/articles/\(file)/index.md" : "content/articles/\(file).md" }

        var text: String {
            var lines = ["---", "title: \"\(title)\"", "date: \(date)", "segments: [\(segments.joined(separator: ", "))]"]
            if !tags.isEmpty { lines.append("tags: [\(tags.joined(separator: ", "))]") }
            if let slug { lines.append("slug: \(slug)") }
            if let image { lines.append("image: \(image)"); lines.append("image_alt: \"A chart\"") }
            if draft { lines.append("draft: true") }
            return (lines + ["---", body]).joined(separator: "\n") + "\n"
        }
    }

    enum Edit: CaseIterable { case body, title, slug, tags, segments, image, date, draft, newFile, deleteFile }

    static let words = ["trust", "give", "ask", "listen", "bridge", "bond", "reply", "meet", "share", "help"]
    static let tagNames = ["Trust", "Sales", "Networks"]
    static let segmentNames = ["founders", "sales-leaders"]

    @Test("after every random edit, the preview's output equals a full build byte for byte", arguments: [1, 2, 3, 4] as [UInt64])
    func randomEdits(seed: UInt64) throws {
        let site = try TestSite(fixture: "yaml-site")
        defer { site.remove() }
        let images = TestSite.fixtures.appendingPathComponent("images")
        try FileManager.default.copyItem(at: images.appendingPathComponent("chart.png"), to: site.root.appendingPathComponent("static/cover.png"))
        var random = SplitMix64(state: seed)
        var articles: [Article] = []
        var next = 1
        func newArticle(bundle: Bool) -> Article {
            defer { next += 1 }
            return Article(file: "generated-\(next)", isBundle: bundle, title: "Generated \(next)", date: "2023-0\(1 + next % 9)-1\(next % 10)",
                           segments: [Self.segmentNames[next % 2]], tags: [Self.tagNames[next % 3]], body: "First words of \(next).")
        }
        func write(_ article: Article) throws {
            try site.write(article.text, to: article.path)
            if article.isBundle {
                let photo = site.root.appendingPathComponent("content/articles/\(article.file)/photo.jpg")
                if !FileManager.default.fileExists(atPath: photo.path) {
                    try FileManager.default.copyItem(at: images.appendingPathComponent("photo.jpg"), to: photo)
                }
            }
        }
        for index in 0..<6 {
            let article = newArticle(bundle: index % 3 == 0)
            articles.append(article)
            try write(article)
        }
        let builder = IncrementalBuilder(options: site.options())
        _ = try builder.rebuild(changed: nil)
        let full = site.root.appendingPathComponent("full")
        var kinds: [IncrementalBuilder.Kind] = []

        for step in 1...30 {
            let edit = Edit.allCases.randomElement(using: &random)!
            let index = Int.random(in: 0..<articles.count, using: &random)
            var changed = [articles[index].path]
            switch edit {
            case .body: articles[index].body += "\n\n" + (0..<5).map { _ in Self.words.randomElement(using: &random)! }.joined(separator: " ") + "."
            case .title: articles[index].title = "Retitled \(step)"
            case .slug: articles[index].slug = articles[index].slug == nil ? "moved-\(step)" : nil
            case .tags: articles[index].tags = Self.tagNames.filter { _ in Bool.random(using: &random) }
            case .segments: articles[index].segments = Self.segmentNames.filter { _ in Bool.random(using: &random) }
            case .image:
                articles[index].image = articles[index].image != nil ? nil : articles[index].isBundle ? "photo.jpg" : "/cover.png"
            case .date: articles[index].date = "2023-\(String(format: "%02d", Int.random(in: 1...12, using: &random)))-1\(step % 10)"
            case .draft: articles[index].draft.toggle()
            case .newFile:
                let article = newArticle(bundle: Bool.random(using: &random))
                articles.append(article)
                changed = [article.path]
                if article.isBundle { changed.append("content/articles/\(article.file)/photo.jpg") }
            case .deleteFile:
                guard articles.count > 3 else { continue }
                let gone = articles.remove(at: index)
                let url = site.root.appendingPathComponent(gone.isBundle ? "content/articles/\(gone.file)" : gone.path)
                try FileManager.default.removeItem(at: url)
            }
            if edit != .deleteFile { try write(edit == .newFile ? articles.last! : articles[index]) }
            kinds.append(try builder.rebuild(changed: changed).kind)

            try? FileManager.default.removeItem(at: full)
            try SiteBuilder(options: site.options { $0.output = full }).build()
            let incremental = try site.snapshot(), expected = try site.snapshot(of: full)
            let differing = Set(incremental.keys).symmetricDifference(expected.keys).sorted()
                + expected.keys.filter { incremental[$0] != nil && incremental[$0] != expected[$0] }.sorted()
            #expect(differing.isEmpty, "seed \(seed), step \(step) (\(edit) of \(changed[0])): \(differing.prefix(5))")
            if !differing.isEmpty { return }
        }
        // Not every step fell back to a full build: the incremental paths were exercised.
        #expect(kinds.contains { if case .full = $0 { return false } else { return true } }, "\(kinds)")
    }
}
