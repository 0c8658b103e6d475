import Core
import Site

/// One message for one person on one channel, ready to paste or send.
public struct PersonalMessage: Sendable, Codable, Equatable {
    public var channel: Platform
    public var to: String
    /// The address, for email.
    public var email: String?
    public var subject: String?
    public var text: String
    /// The tokened link the text carries.
    public var url: String
    /// Counted as the channel counts, against `limit`.
    public var length: Int
    public var limit: Int
}

extension PersonalMessage {
    /// Writes the message from `template`: the recipient's first name, who the article is for in
    /// the segment's own description, the title and summary, a link whose `utm_medium` says how it
    /// travelled (`email`, or `message` on a network) and the author's first name. Over the
    /// channel's limit the summary gives way first, then the line on who it is for, then the title.
    public static func write(for article: RenderedDocument, source: ShareSource, to recipient: Recipient, on channel: Platform,
                             config: SiteConfig, template: MessageTemplate) -> PersonalMessage {
        let url = source.link.url(for: channel, contactToken: recipient.token, medium: channel == .email ? "email" : "message")
        var values = MessageValues(firstName: recipient.firstName, name: recipient.name, title: source.title,
                                   forWhom: recipient.audience(of: article.document, config: config), url: url,
                                   authorName: config.author.name, authorFirstName: PersonName.first(config.author.name),
                                   channel: channel.displayName, byEmail: channel == .email)
        let limit = channel.messageLimit
        let fits = { (values: MessageValues) in channel.count(template.render(values)) <= limit }
        let summary = TextShortener.shorten(source.summary) { summary in
            var trial = values
            trial.summary = summary.isEmpty ? nil : summary
            return fits(trial)
        }
        values.summary = summary.isEmpty ? nil : summary
        if !fits(values) { values.forWhom = nil }
        if !fits(values) {
            values.title = TextShortener.shorten(source.title) { title in
                var trial = values
                trial.title = title
                return fits(trial)
            }
        }
        let text = template.render(values)
        return PersonalMessage(channel: channel, to: recipient.name, email: channel == .email && !recipient.email.isEmpty ? recipient.email : nil,
                               subject: SnippetWriter.subject(source, channel), text: text, url: url,
                               length: channel.count(text), limit: limit)
    }
}
