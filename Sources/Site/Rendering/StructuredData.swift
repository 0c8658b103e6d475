import Core
/// JSON-LD for search engines and link previews: `BlogPosting` on articles,
/// `WebSite` and `Person` on the home page.
enum StructuredData {
    static func blogPosting(_ article: RenderedDocument, config: SiteConfig, imageURL: String?) -> String {
        let document = article.document
        let permalink = config.absoluteURL(forPath: document.urlPath)
        let audience = document.segments.compactMap { config.segment($0) }.map {
            JSONValue.object([("@type", .string("Audience")), ("audienceType", .string($0.title))])
        }
        return JSONValue.object([
            ("@context", .string("https://schema.org")),
            ("@type", .string("BlogPosting")),
            ("audience", audience.isEmpty ? nil : .array(audience)),
            ("author", document.authors.isEmpty ? person(config) : .array(document.authors.map {
                JSONValue.object([("@type", .string("Person")), ("name", .string($0))])
            })),
            ("dateModified", (document.updated ?? document.date).map { .string($0.rfc3339) }),
            ("datePublished", document.date.map { .string($0.rfc3339) }),
            ("description", article.summary.isEmpty ? nil : .string(article.summary)),
            ("headline", .string(document.title)),
            ("image", imageURL.map(JSONValue.string)),
            ("keywords", document.tags.isEmpty ? nil : .array(document.tags.map(JSONValue.string))),
            ("mainEntityOfPage", .string(permalink)),
            ("publisher", person(config)),
            ("url", .string(permalink)),
            ("wordCount", .int(article.wordCount)),
        ]).text
    }

    static func website(config: SiteConfig) -> String {
        let site = JSONValue.object([
            ("@type", .string("WebSite")),
            ("description", config.description.map(JSONValue.string)),
            ("inLanguage", .string(config.language)),
            ("name", .string(config.title)),
            ("url", .string(config.baseURL)),
        ])
        return JSONValue.object([("@context", .string("https://schema.org")), ("@graph", .array([site, person(config)]))]).text
    }

    private static func person(_ config: SiteConfig) -> JSONValue {
        .object([
            ("@type", .string("Person")),
            ("description", config.author.bio.map(JSONValue.string)),
            ("name", .string(config.author.name)),
            ("url", .string(config.author.url ?? config.baseURL)),
        ])
    }
}
