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
        var values: [String: Any] = [
            "first_name": recipient.firstName, "name": recipient.name, "title": source.title, "url": url,
            "author_name": config.author.name, "author_first_name": PersonName.first(config.author.name),
            "channel": channel.displayName, "by_email": channel == .email,
        ]
        if let audience = recipient.audience(of: article.document, config: config) { values["for_whom"] = audience }
        let limit = channel.messageLimit
        let fits = { (values: [String: Any]) in channel.count(template.render(values)) <= limit }
        let summary = TextShortener.shorten(source.summary) { summary in
            var trial = values
            if !summary.isEmpty { trial["summary"] = summary }
            return fits(trial)
        }
        if !summary.isEmpty { values["summary"] = summary }
        if !fits(values) { values["for_whom"] = nil }
        if !fits(values) {
            values["title"] = TextShortener.shorten(source.title) { title in
                var trial = values
                trial["title"] = title
                return fits(trial)
            }
        }
        let text = template.render(values)
        return PersonalMessage(channel: channel, to: recipient.name, email: channel == .email && !recipient.email.isEmpty ? recipient.email : nil,
                               subject: SnippetWriter.subject(source, channel), text: text, url: url,
                               length: channel.count(text), limit: limit)
    }
}
