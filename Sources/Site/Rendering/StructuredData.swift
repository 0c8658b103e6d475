import Foundation

/// JSON-LD for search engines and link previews: `BlogPosting` on articles,
/// `WebSite` and `Person` on the home page.
enum StructuredData {
    static func blogPosting(_ article: RenderedDocument, config: SiteConfig, imageURL: String?) -> String {
        let document = article.document
        let permalink = config.absoluteURL(forPath: document.urlPath)
        var posting: [String: Any] = [
            "@context": "https://schema.org",
            "@type": "BlogPosting",
            "headline": document.title,
            "url": permalink,
            "mainEntityOfPage": permalink,
            "author": person(config),
            "wordCount": article.wordCount,
        ]
        posting["datePublished"] = document.date?.rfc3339
        posting["dateModified"] = (document.updated ?? document.date)?.rfc3339
        if !article.summary.isEmpty { posting["description"] = article.summary }
        if !document.tags.isEmpty { posting["keywords"] = document.tags }
        if !document.segments.isEmpty {
            posting["audience"] = document.segments.compactMap(config.segment).map {
                ["@type": "Audience", "audienceType": $0.title]
            }
        }
        posting["image"] = imageURL
        return encode(posting)
    }

    static func website(config: SiteConfig) -> String {
        var site: [String: Any] = ["@type": "WebSite", "name": config.title, "url": config.baseURL, "inLanguage": config.language]
        site["description"] = config.description
        return encode(["@context": "https://schema.org", "@graph": [site, person(config)]])
    }

    private static func person(_ config: SiteConfig) -> [String: Any] {
        var person: [String: Any] = ["@type": "Person", "name": config.author.name]
        person["url"] = config.author.url ?? config.baseURL
        person["description"] = config.author.bio
        return person
    }

    /// Sorted keys for byte-identical builds; `<` escaped so no text can close the script element.
    private static func encode(_ object: [String: Any]) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return "{}" }
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "<", with: "\\u003c")
    }
}
