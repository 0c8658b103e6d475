import Core
import Insight
import Ledger
import Share
import Site

/// Fills each suggestion's ready message and tokened link with the personal message
/// `goodwill share --contact` writes, on the channel the suggestion names: where the insight
/// layer's plan meets the share kit's writing, so neither module knows the other. Only the
/// suggested articles are rendered.
struct SuggestionMessages {
    let config: SiteConfig
    let documents: [String: Document]
    let tokens: ContactToken
    let template: MessageTemplate

    init(config: SiteConfig, content: SiteContent, tokens: ContactToken, template: MessageTemplate) {
        self.config = config
        self.documents = Dictionary(content.articles.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        self.tokens = tokens
        self.template = template
    }

    func fill(_ plan: inout SuggestionPlan, ledger: Ledger) {
        var rendered: [String: RenderedDocument] = [:]
        for index in plan.suggestions.indices {
            let suggestion = plan.suggestions[index]
            guard let document = documents[suggestion.article], let contact = ledger.contact(suggestion.contact) else { continue }
            let article = rendered[suggestion.article] ?? PublishedArticles.render(document, config: config)
            rendered[suggestion.article] = article
            let source = ShareKit.source(for: article, config: config).source
            // The segment the score used, so the message and the reason name the same audience.
            let recipient = Recipient(name: contact.name, email: contact.email, segments: suggestion.segment.map { [$0] } ?? contact.segments,
                                      token: tokens.token(for: contact.id))
            let channel = Platform(channel: suggestion.via)
            let message = PersonalMessage.write(for: article, source: source, to: recipient, on: channel, config: config, template: template)
            plan.suggestions[index].message = message.text
            plan.suggestions[index].url = message.url
        }
    }
}
