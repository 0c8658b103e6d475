import Site

/// The one person a personal message is for, as the share kit needs them: plain values, so
/// Share knows nothing of the ledger's contacts.
public struct Recipient: Sendable {
    public var firstName: String
    /// Their segment slugs, to say why the article fits them.
    public var segments: [String]
    /// Their private `utm_content` token.
    public var token: String

    public init(firstName: String, segments: [String], token: String) {
        self.firstName = firstName
        self.segments = segments
        self.token = token
    }

    /// Why the article fits them: the first of its segments they are in, in words.
    func reason(for article: Document, config: SiteConfig) -> String {
        let shared = article.segments.first { segments.contains($0) }.flatMap(config.segment)
        return shared.map { "as it is written for \($0.title.lowercased())" } ?? ""
    }
}

extension SnippetWriter {
    /// A personal message on each platform, greeting `recipient` and carrying their token.
    public static func personal(for article: RenderedDocument, source: ShareSource, to recipient: Recipient,
                                on platforms: [Platform], config: SiteConfig) -> [ShareSnippet] {
        let reason = recipient.reason(for: article.document, config: config)
        return platforms.map {
            personal(for: source, on: $0, firstName: recipient.firstName, reason: reason, contactToken: recipient.token)
        }
    }
}
