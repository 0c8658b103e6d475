import Core
import Foundation

/// A row an import found, about a person who may or may not be a contact yet.
public struct FoundActivity: Sendable {
    public var person: ExportPerson
    public var instant: Int64
    public var kind: ActivityKind
    public var ref: String
    public var note: String
    public var source: SourceKey

    public init(person: ExportPerson, instant: Int64, kind: ActivityKind, ref: String, note: String, source: SourceKey) {
        self.person = person
        self.instant = instant
        self.kind = kind
        self.ref = ref
        self.note = note
        self.source = source
    }
}

/// Someone the export shows the user writing with: how much, when, and whether an article link
/// went either way. The unmatched list is made of these.
public struct PersonSeen: Sendable, Equatable {
    public var person: ExportPerson
    public var first: Int64
    public var last: Int64
    public var messages: Int
    public var articleLink: Bool

    public init(person: ExportPerson, first: Int64, last: Int64, messages: Int, articleLink: Bool) {
        self.person = person
        self.first = first
        self.last = last
        self.messages = messages
        self.articleLink = articleLink
    }
}

/// Everyone an import saw the user writing with, by identity: the unmatched list is made of them.
public struct PeopleSeen: Sendable {
    private var byIdentity: [String: PersonSeen] = [:]

    public init() {}

    /// One more message with `person` at `instant`; `articleLink` when it carried an article's link.
    public mutating func see(_ person: ExportPerson, at instant: Int64, articleLink: Bool) {
        var entry = byIdentity[person.identity] ?? PersonSeen(person: person, first: instant, last: instant, messages: 0, articleLink: false)
        if entry.person.name.isEmpty { entry.person.name = person.name }
        entry.first = min(entry.first, instant)
        entry.last = max(entry.last, instant)
        entry.messages += 1
        entry.articleLink = entry.articleLink || articleLink
        byIdentity[person.identity] = entry
    }

    /// By identity.
    public var sorted: [PersonSeen] { byIdentity.values.sorted { $0.person.identity < $1.person.identity } }
}

/// What the messages say happened, by the rules of docs/import.md:
/// - **shared**: a message of the user's to 1–20 people whose own text (not a quoted part)
///   links a published article, once per article and person, noted as a group message when it
///   went to several;
/// - **replied**: the first message of a person after each of the user's messages to them,
///   across every conversation with them (a new InMail starts a new conversation id), named for
///   the article when the reply quotes a link to it or answers a message that carried one.
/// Instants decide order: a reply written before the share, even the same day, answers
/// something else.
public enum ConversationSignals {
    static let largestGroup = 20

    public struct Found: Sendable {
        public var rows: [FoundActivity] = []
        public var people: [PersonSeen] = []

        public init() {}
    }

    /// `samePerson` says who someone is across the profile URLs the export writes for them (a
    /// vanity URL in one conversation, a member id in another): the ledger's contact when they
    /// are one.
    public static func find(in messages: [LinkedInMessage], me: ExportMe, links: ArticleLinks, origin: String = "linkedin",
                            samePerson: (ExportPerson) -> String = \.identity) -> Found {
        var found = Found()
        var seen = PeopleSeen()
        // Per person: the articles of the user's messages since their last answer (an empty list
        // is a message without a link); nil when nothing of the user's awaits an answer.
        var awaiting: [String: [[String]]] = [:]
        let ordered = messages.enumerated().sorted { ($0.element.instant, $0.offset) < ($1.element.instant, $1.offset) }.map(\.element)
        for message in ordered {
            let text = MessageText(message.content)
            let own = links.links(in: text.own)
            let quoted = links.links(in: text.quoted)
            let mine = message.outgoing ?? me.isMe(message.from)
            if mine {
                var recipients: [ExportPerson] = []
                var who: Set<String> = []
                for person in message.to where !me.isMe(person) && who.insert(samePerson(person)).inserted {
                    recipients.append(person)
                }
                for person in recipients {
                    seen.see(person, at: message.instant, articleLink: !own.isEmpty)
                    awaiting[samePerson(person), default: []].append(own.map(\.slug))
                }
                guard (1...largestGroup).contains(recipients.count) else { continue }
                let note = recipients.count > 1 ? "group message to \(recipients.count) people" : ""
                for person in recipients {
                    for link in own {
                        found.rows.append(FoundActivity(
                            person: person, instant: message.instant, kind: .shared, ref: link.slug, note: note,
                            source: SourceKey.found(origin: origin, instant: message.instant,
                                                    parts: ["shared", message.conversation, message.from.identity, message.content, person.identity, link.slug])))
                    }
                }
            } else {
                let person = message.from
                seen.see(person, at: message.instant, articleLink: !own.isEmpty || !quoted.isEmpty)
                let who = samePerson(person)
                guard let earlier = awaiting[who], !earlier.isEmpty else { continue }
                awaiting[who] = nil
                let answered = quoted.first?.slug ?? earlier.last(where: { !$0.isEmpty })?.first ?? ""
                found.rows.append(FoundActivity(
                    person: person, instant: message.instant, kind: .replied, ref: answered, note: "",
                    source: SourceKey.found(origin: origin, instant: message.instant,
                                            parts: ["replied", message.conversation, person.identity, message.content])))
            }
        }
        found.people = seen.sorted
        return found
    }

    /// Who each person the user sent one tracked link to is, by its token: identity → contact id.
    /// A link meant for one contact, sent to one person, says that person is that contact.
    public static func tokenOwners(in messages: [LinkedInMessage], me: ExportMe, links: ArticleLinks) -> [String: String] {
        var owners: [String: String] = [:]
        for message in messages where message.outgoing ?? me.isMe(message.from) {
            let recipients = message.to.filter { !me.isMe($0) }
            guard recipients.count == 1, message.content.contains("utm_content=") else { continue }
            for link in links.links(in: MessageText(message.content).own) {
                if let owner = link.tokenOwner { owners[recipients[0].identity] = owner }
            }
        }
        return owners
    }

    /// The user's public posts that link an article: one row per post and article.
    public static func posts(_ posts: [LinkedInPost], links: ArticleLinks, origin: String = "linkedin") -> [FoundPost] {
        posts.flatMap { post in
            links.links(in: post.text).map { link in
                FoundPost(instant: post.instant, ref: link.slug, link: post.link, visibility: post.visibility,
                          source: SourceKey(origin + ":post:" + StableHash.hex(post.link + "\u{1F}" + String(post.instant) + "\u{1F}" + link.slug))!)
            }
        }
    }
}

/// A public post that links an article: a broadcast, kept apart from shares to people.
public struct FoundPost: Sendable, Equatable {
    public var instant: Int64
    public var ref: String
    public var link: String
    public var visibility: String
    public var source: SourceKey
}
