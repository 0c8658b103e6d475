import Core
import Ledger
import Share
import Site

/// Fills each suggestion's ready message and tokened link from the share kit's personal message,
/// on the channel the suggestion names. Only the suggested articles are rendered.
public struct PersonalMessages {
    let config: SiteConfig
    let documents: [String: Document]
    let tokens: ContactToken

    public init(config: SiteConfig, content: SiteContent, tokens: ContactToken) {
        self.config = config
        self.documents = Dictionary(content.articles.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        self.tokens = tokens
    }

    public func fill(_ plan: inout SuggestionPlan, ledger: Ledger) {
        var rendered: [String: RenderedDocument] = [:]
        for index in plan.suggestions.indices {
            let suggestion = plan.suggestions[index]
            guard let document = documents[suggestion.article], let contact = ledger.contact(suggestion.contact) else { continue }
            let article = rendered[suggestion.article] ?? PublishedArticles.render(document, config: config)
            rendered[suggestion.article] = article
            let source = ShareKit.source(for: article, config: config).source
            let recipient = Recipient(firstName: contact.firstName, segments: contact.segments, token: tokens.token(for: contact.id))
            let platform: Platform = suggestion.via == "email" ? .email : .linkedin
            guard let snippet = SnippetWriter.personal(for: article, source: source, to: recipient, on: [platform], config: config).first else { continue }
            plan.suggestions[index].message = snippet.text
            plan.suggestions[index].url = snippet.url
        }
    }
}
