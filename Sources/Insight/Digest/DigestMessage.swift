import Core
import Foundation
import Ledger
import Share
import Site

/// One contact's digest as a standard `.eml` file: RFC 5322 headers and a MIME
/// `multipart/alternative` body with a plain-text and an HTML part, UTF-8, quoted-printable.
public struct DigestMessage: Sendable {
    public var contact: Contact
    public var articles: [ArticleInfo]
    public var subject: String
    public var text: String
    public var html: String
    /// `<digest.founders.2026-12-02-2.8cf573e9a0d2@example.com>`: unique per run and contact;
    /// `network/digests.csv` records it with the contact and articles.
    public var messageID: String
    /// The whole message, with CRLF line ends, ready for a mail client or `sendmail -t`.
    public var eml: String
    public var fileName: String { "\(contact.id).eml" }
}

/// Writes each recipient's message: the intro (with `{{first_name}}`), each article's title,
/// summary and reading time with the contact's tokened link, and a sign-off; links carry
/// `utm_source=digest&utm_medium=email&utm_campaign=<slug>&utm_content=<token>`.
public struct DigestWriter: Sendable {
    public static let defaultIntro = "Hi {{first_name}}, here is what I wrote for {{segment}} since last time. Nothing to do; read what helps."

    let config: SiteConfig
    let documents: [String: Document]
    let tokens: ContactToken
    let intro: String

    public init(config: SiteConfig, content: SiteContent, tokens: ContactToken, intro: String?) {
        self.config = config
        self.documents = Dictionary(content.articles.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        self.tokens = tokens
        self.intro = intro ?? Self.defaultIntro
    }

    /// The author's address, which a digest needs for From and List-Unsubscribe.
    public static func authorAddress(_ config: SiteConfig) throws(Diagnostic) -> String {
        guard let email = config.author.email, email.contains("@") else {
            throw Diagnostic(file: ConfigLoader.fileName, message: "a digest needs the author's email address for From and List-Unsubscribe",
                             hint: "add it: author: {name: \"\(config.author.name)\", email: you@example.com}")
        }
        return email
    }

    /// `run`: the run's unique name (`2026-12-02-2`), in each Message-ID; `date`: the moment of
    /// writing, for `Date:`.
    public func messages(for plan: DigestPlan, run: String, date: Int64) throws -> [DigestMessage] {
        let from = try Self.authorAddress(config)
        var rendered: [String: RenderedDocument] = [:]
        for slug in Set(plan.recipients.flatMap { $0.articles.map(\.slug) }) {
            if let document = documents[slug] { rendered[slug] = PublishedArticles.render(document, config: config) }
        }
        let (plan, articles) = (plan, rendered)
        return Parallel.map(plan.recipients, threads: ProcessInfo.processInfo.activeProcessorCount) { recipient in
            message(recipient, plan: plan, from: from, rendered: articles, run: run, date: date)
        }
    }

    struct Item {
        var title: String
        var summary: String
        var minutes: Int
        var url: String
        var image: String?
        /// `image_alt` of the article; empty when it gives none (the image is then decorative).
        var imageAlt = ""
    }

    func message(_ recipient: DigestPlan.Recipient, plan: DigestPlan, from: String, rendered: [String: RenderedDocument],
                 run: String, date: Int64) -> DigestMessage {
        let contact = recipient.contact
        let token = tokens.token(for: contact.id)
        let items = recipient.articles.map { article -> Item in
            let page = rendered[article.slug]
            let url = config.absoluteURL(forPath: page?.document.urlPath ?? "/articles/\(article.slug)/")
                + "?utm_source=digest&utm_medium=email&utm_campaign=\(article.slug)&utm_content=\(token)"
            var item = Item(title: article.title, summary: page?.summary ?? "", minutes: page?.readingTime ?? 1, url: url,
                            image: page.flatMap { imageURL($0.document) })
            item.imageAlt = page?.document.imageAlt ?? ""
            return item
        }
        let firstName = contact.firstName
        let opening = intro.replacingOccurrences(of: "{{first_name}}", with: firstName)
            .replacingOccurrences(of: "{{segment}}", with: plan.segment.title.lowercased())
        let signOff = PersonName.first(config.author.name)
        let subject = items.count == 1 ? "New for \(plan.segment.title.lowercased()): \(items[0].title)"
                                       : "New for \(plan.segment.title.lowercased()): \(items[0].title), and \(items.count - 1) more"
        let unsubscribe = "mailto:\(from)?subject=unsubscribe%20\(plan.segment.slug)%20digest"

        // The plain part reads in any client: lines wrapped at 72, each link alone on its line.
        var text = PlainText.wrap(opening) + "\n\n"
        for item in items {
            text += PlainText.wrap(item.title) + "\n"
            if !item.summary.isEmpty { text += PlainText.wrap(item.summary) + "\n" }
            text += "\(item.minutes) min read:\n\(item.url)\n\n"
        }
        let why = Self.why(contact, segment: plan.segment)
        text += "— \(signOff)\n\n" + PlainText.wrap("\(why) To stop them, reply \"no more\" (or write to \(from)), and you will get no other.") + "\n"

        let html = DigestHTML.page(subject: subject, opening: opening, items: items, signOff: signOff, unsubscribe: unsubscribe, why: why,
                                   segment: plan.segment.title)
        let boundary = "goodwill-" + String(token.prefix(12)) + "-" + plan.asOf.text
        let host = config.host.isEmpty ? "goodwill.invalid" : config.host
        let messageID = "<digest.\(plan.segment.slug).\(run).\(token)@\(host)>"
        var eml = ""
        for (name, value) in [
            ("From", MIMEText.address(name: config.author.name, email: from)),
            ("To", MIMEText.address(name: contact.name, email: contact.email)),
            ("Subject", MIMEText.header(subject)),
            ("Date", MIMEText.date(instant: date)),
            ("Message-ID", messageID),
            ("List-Unsubscribe", "<\(unsubscribe)>"),
            ("MIME-Version", "1.0"),
            ("Content-Type", "multipart/alternative; boundary=\"\(boundary)\""),
        ] {
            eml += "\(name): \(value)\r\n"
        }
        eml += "\r\n"
        for (type, body) in [("text/plain", text), ("text/html", html)] {
            eml += "--\(boundary)\r\nContent-Type: \(type); charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
            eml += MIMEText.quotedPrintable(body) + "\r\n"
        }
        eml += "--\(boundary)--\r\n"
        return DigestMessage(contact: contact, articles: recipient.articles, subject: subject, text: text, html: html,
                             messageID: messageID, eml: eml)
    }

    /// The footer's account of why this person gets the message: their yes, or the segment's
    /// list (`digest_consent: segment`).
    static func why(_ contact: Contact, segment: SegmentInfo) -> String {
        if case .optedIn(let day) = contact.consent { return "You get these notes because you said yes on \(day.text)." }
        return "You get these notes as a reader on my \(segment.title.lowercased()) list."
    }

    /// The article's image, if it has one mail clients show (SVG is not one).
    func imageURL(_ document: Document) -> String? {
        guard let url = config.imageURL(for: document), !url.lowercased().hasSuffix(".svg") else { return nil }
        return url
    }
}
