import Foundation
import Testing
@testable import Site

/// An article with no `image:` shares its own first picture a preview shows well (raster, 600 px
/// wide or more), from its text, else from its bundle, before the site's default image.
@Suite("Preview image fallback")
struct PreviewFallbackTests {
    static func site() throws -> TestSite {
        let site = try TestSite(files: [
            "goodwill.yml": "title: \"P\"\nbase_url: \"https://p.example/\"\nimage: \"/social.png\"\nimage_alt: \"The site\"\n",
            // chart.png is 321 px wide (too narrow), wide.png 800×420: the second picture is the one.
            "content/articles/in-text/index.md": "---\ntitle: \"In text\"\ndate: 2024-01-01\n---\nIntro.\n\n![A chart](chart.png)\n\n![The whole team at the fair](./wide.png)\n",
            // Not in the text: the bundle's file, alt from the title.
            "content/articles/in-bundle/index.md": "---\ntitle: \"In bundle\"\ndate: 2024-01-02\n---\nNo pictures here.\n",
            // Its own image wins over the picture in its text.
            "content/articles/own/index.md": "---\ntitle: \"Own\"\ndate: 2024-01-03\nimage: chart.png\nimage_alt: \"Own chart\"\n---\n![Wide](wide.png)\n",
            // Only an SVG and a narrow picture: the site's image.
            "content/articles/narrow/index.md": "---\ntitle: \"Narrow\"\ndate: 2024-01-04\n---\n![Sized](sized.svg) ![Chart](chart.png)\n",
        ])
        let images = TestSite.fixtures.appendingPathComponent("images")
        let copies = [("in-text", "chart.png"), ("in-text", "wide.png"), ("in-bundle", "wide.png"), ("own", "chart.png"),
                      ("own", "wide.png"), ("narrow", "sized.svg"), ("narrow", "chart.png")]
        for (article, file) in copies {
            try FileManager.default.copyItem(at: images.appendingPathComponent(file),
                                             to: site.root.appendingPathComponent("content/articles/\(article)/\(file)"))
        }
        try FileManager.default.createDirectory(at: site.root.appendingPathComponent("static"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: images.appendingPathComponent("chart.png"), to: site.root.appendingPathComponent("static/social.png"))
        return site
    }

    static func preview(_ html: String) -> [String] {
        ["og:image", "og:image:alt", "og:image:width", "og:image:height"].map { ReadingExperienceTests.meta($0, in: html) ?? "-" }
    }

    @Test("the first suitable picture of the text, its alt and size; else the bundle's; else the site's")
    func fallbacks() throws {
        let site = try Self.site()
        defer { site.remove() }
        try site.build()
        #expect(Self.preview(try site.read("articles/in-text/index.html"))
                == ["https://p.example/articles/in-text/wide.png", "The whole team at the fair", "800", "420"])
        #expect(Self.preview(try site.read("articles/in-bundle/index.html"))
                == ["https://p.example/articles/in-bundle/wide.png", "In bundle", "800", "420"])
        #expect(Self.preview(try site.read("articles/own/index.html"))
                == ["https://p.example/articles/own/chart.png", "Own chart", "321", "123"])
        #expect(Self.preview(try site.read("articles/narrow/index.html"))
                == ["https://p.example/social.png", "The site", "321", "123"])
        // The structured data names the same picture.
        #expect(try site.read("articles/in-text/index.html").contains("\"image\":\"https://p.example/articles/in-text/wide.png\""))
    }
}
