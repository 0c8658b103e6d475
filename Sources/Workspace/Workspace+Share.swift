import Core
import Foundation
import Ledger
import Share
import Site

/// One personal message for one contact, and the shared row when it was logged.
public struct PersonalShare: Sendable {
    public var contact: Contact
    public var channel: Platform
    public var message: PersonalMessage
    /// The row appended to the ledger (`share --log`), or nil.
    public var logged: Activity?
    /// What `log` warned about the logged row (a resend).
    public var warnings: [String] = []
}

extension Workspace {
    /// Setup warnings that make a shared link useless (`base_url` still a placeholder).
    public func shareWarnings() -> [Diagnostic] {
        SetupWarnings.check(config, siteRoot: root).filter { $0.code == SetupWarnings.placeholderBaseURL }
    }

    /// The published article `slug`, rendered, with what the share kit writes from it.
    private func shareSource(_ slug: String) throws -> (article: RenderedDocument, source: ShareSource) {
        let article = try PublishedArticles.find(slug, in: try content(), today: today)
        let (source, errors) = ShareKit.source(for: article, config: config)
        if !errors.isEmpty { throw Diagnostics(errors) }
        return (article, source)
    }

    /// The article's share-ready text for each of `platforms`.
    public func snippets(of slug: String, on platforms: [Platform]) throws -> [ShareSnippet] {
        let source = try shareSource(slug).source
        return try platforms.map { try SnippetWriter.snippet(for: source, on: $0) }
    }

    /// A message for one contact with their tokened link, on `channel` (default: email when the
    /// ledger has their address, else LinkedIn). With `logDate` (as written: a date, `today`,
    /// `-3d`), the shared row is appended first: a message shown but never recorded would be
    /// sent twice.
    public func personalShare(of slug: String, to contactID: String, on channel: Platform?, logDate: String?) throws -> PersonalShare {
        let (article, source) = try shareSource(slug)
        let person = try store.load().requireContact(contactID)
        let recipient = Recipient(name: person.name, email: person.email, segments: person.segments,
                                  token: try contactTokens().token(for: person.id))
        let channel = channel ?? Platform(channel: person.defaultChannel)
        let template = try MessageTemplate.load(siteRoot: root, config: config)
        let message = PersonalMessage.write(for: article, source: source, to: recipient, on: channel, config: config, template: template)
        var logged: LoggedActivity?
        if let logDate {
            logged = try log(LedgerStore.NewActivity(kind: .shared, contact: person.id, ref: article.document.slug,
                                                     via: channel.channel, date: logDate))
        }
        return PersonalShare(contact: person, channel: channel, message: message, logged: logged?.activity, warnings: logged?.warnings ?? [])
    }
}
