import Foundation
import Testing
@testable import Share

@Suite("Snippets")
struct SnippetTests {
    static func source(title: String = "Why give first", summary: String = "Giving before asking is how trust starts.",
                       tags: [String] = ["Reciprocity", "Sales Ops"], slug: String = "give-first") -> ShareSource {
        ShareSource(slug: slug, title: title, summary: summary, tags: tags, url: "https://example.com/articles/\(slug)/", file: "content/articles/\(slug).md")
    }

    @Test("every platform's link carries utm_source, utm_medium and utm_campaign")
    func utm() throws {
        for snippet in try SnippetWriter.snippets(for: Self.source()) {
            let expected = "https://example.com/articles/give-first/?utm_source=\(snippet.platform.rawValue)&utm_medium=\(snippet.platform == .email ? "email" : "social")&utm_campaign=give-first"
            #expect(snippet.url == expected)
            #expect(snippet.text.contains(expected))
        }
    }

    @Test("hashtags appear on social platforms and never in email; the email has a subject")
    func hashtagsAndEmail() throws {
        let snippets = try SnippetWriter.snippets(for: Self.source())
        for snippet in snippets where snippet.platform != .email { #expect(snippet.text.contains("#Reciprocity"), "\(snippet.platform)") }
        let email = try #require(snippets.first { $0.platform == .email })
        #expect(!email.text.contains("#"))
        #expect(email.subject == "Why give first")
    }

    @Test("the LinkedIn hook (first line) fits in the 210 characters shown before “see more”")
    func linkedInHook() throws {
        let long = String(repeating: "giving ", count: 60)
        let snippet = try SnippetWriter.snippet(for: Self.source(title: long), on: .linkedin)
        let hook = try #require(snippet.text.split(separator: "\n").first)
        #expect(hook.utf16.count <= Platform.linkedInHookLength)
        #expect(hook.hasSuffix("…"))
    }

    @Test("a contact token is stable, differs per contact and per secret, and does not contain the id")
    func contactToken() {
        let token = ContactToken(secret: Data(repeating: 7, count: 32))
        #expect(token.token(for: "grace-hopper") == token.token(for: "grace-hopper"))
        #expect(token.token(for: "grace-hopper") != token.token(for: "alan-turing"))
        #expect(ContactToken(secret: Data(repeating: 8, count: 32)).token(for: "grace-hopper") != token.token(for: "grace-hopper"))
        #expect(token.token(for: "grace-hopper").count == 12)
        #expect(!token.token(for: "grace-hopper").contains("grace"))
        let url = TrackingLink(url: "https://example.com/a/", slug: "a").url(for: .x, contactToken: token.token(for: "grace-hopper"))
        #expect(url.hasSuffix("&utm_content=\(token.token(for: "grace-hopper"))"))
    }

    @Test("a custom text over its limit is an error naming file, line, platform, limit and length")
    func customTooLong() {
        var source = Self.source()
        source.custom[.x] = .init(text: String(repeating: "日", count: 140), line: 7, column: 6)
        #expect(throws: ShareTextTooLong(file: "content/articles/give-first.md", line: 7, column: 6, platform: .x, limit: 280, length: 280 + 2 + 23)) {
            try SnippetWriter.snippets(for: source)
        }
    }

    /// Varied articles: long and short titles, CJK, emoji sequences, RTL, long summaries, many tags.
    static func variedSources(count: Int) -> [ShareSource] {
        let pieces = ["Trust", "👨‍👩‍👧‍👦 family", "信頼と紹介", "مرحبا بالعالم", "café\u{301}", "🇫🇷🇯🇵", "👍🏿 yes", "B2B sales", "https://example.org/ref",
                      "introductions", "#already", "a-very-long-compound-word-without-spaces-at-all", "“quoted” — dash", "한국어 텍스트"]
        return (0..<count).map { index in
            var seed = UInt64(index) &* 6364136223846793005 &+ 1442695040888963407
            func next(_ bound: Int) -> Int {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                return Int((seed >> 33) % UInt64(bound))
            }
            let title = (0..<(1 + next(25))).map { _ in pieces[next(pieces.count)] }.joined(separator: " ")
            let summary = (0..<(next(120))).map { _ in pieces[next(pieces.count)] }.joined(separator: " ")
            let tags = (0..<next(6)).map { _ in ["Sales Ops", "信頼", "Trust", "Growth 2025", "emoji👍"][next(5)] }
            return ShareSource(slug: "article-\(index)", title: title, summary: summary, tags: tags,
                               url: "https://example.com/articles/article-\(index)/" + String(repeating: "x", count: next(150)), file: "a.md")
        }
    }

    @Test("generated snippets for 200 varied articles never exceed a limit nor cut a URL or a grapheme")
    func twoHundredArticles() throws {
        for source in Self.variedSources(count: 200) {
            for snippet in try SnippetWriter.snippets(for: source) {
                #expect(snippet.length <= snippet.platform.generatedLimit, "\(snippet.platform): \(snippet.length)")
                #expect(snippet.length == snippet.platform.count(snippet.text))
                #expect(snippet.text.contains(snippet.url), "the link was cut on \(snippet.platform)")
                // Every word of the snippet is a whole word of the source (the last may carry the ellipsis).
                let sourceWords = Set((source.title + " " + source.summary).split(separator: " ").map(String.init)
                                      + Hashtags.make(from: source.tags) + [snippet.url, "—", "Read", "it", "here:", "Hi,"])
                for word in snippet.text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init) {
                    let bare = word.hasSuffix("…") ? String(word.dropLast()) : word
                    #expect(sourceWords.contains(bare) || bare.isEmpty, "\(snippet.platform): \"\(word)\" is not a whole word of the source")
                }
                if let subject = snippet.subject { #expect(subject.utf16.count <= Platform.emailSubjectLimit) }
            }
        }
    }
}
