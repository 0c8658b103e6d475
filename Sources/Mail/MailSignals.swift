import Core
import Foundation
import Ledger

/// What the user's mail says happened, by the rules of docs/import.md:
/// - **shared**: a message from the user to 1–20 people whose own words (not a quoted part)
///   link a published article, one row per person and article;
/// - **replied**: a message from someone else — not an auto-reply, a bounce or list mail — that
///   threads onto a message of the user's (an id of its `In-Reply-To`/`References` is that
///   message's `Message-ID`) or onto a digest message goodwill wrote, the first per message of
///   the user's and person; without either header, a subject match (`Re:`, `AW:`, `Fwd:` and
///   the like stripped) to a message the user sent that person within the window before, noted
///   as weak;
/// - **met**: an accepted invitation (`METHOD:REPLY`, `PARTSTAT=ACCEPTED`) from a person, or an
///   invitation (`REQUEST`) between the user and a person, that starts on or before the as-of
///   day: a `met` on the day it starts, once per person and start, however many copies.
/// Instants decide order; a message without a date is read but signals nothing.
public enum MailSignals {
    static let largestGroup = 20

    public struct Options: Sendable {
        /// The user's addresses, lowercased.
        public var me: Set<String>
        /// `Message-ID`s of the digest messages goodwill wrote (without brackets).
        public var digestIDs: Set<String> = []
        /// The end of the as-of day: an invitation starting later is not a meeting yet.
        public var asOfInstant: Int64
        public var windowDays = 14

        public init(me: Set<String>, asOfInstant: Int64) {
            self.me = Set(me.map { $0.lowercased() })
            self.asOfInstant = asOfInstant
        }
    }

    /// What was left out and why, for the summary.
    public struct LeftOut: Sendable, Equatable {
        public var reasons: [String: Int] = [:]
    }

    public static func find(in messages: [MailMessage], options: Options, links: ArticleLinks,
                            samePerson: (ExportPerson) -> String = \.identity) -> (found: ConversationSignals.Found, leftOut: [String: Int]) {
        var found = ConversationSignals.Found()
        var leftOut: [String: Int] = [:]
        var seen = PeopleSeen()
        func key(_ parts: [String], instant: Int64) -> SourceKey { SourceKey.found(origin: "mail", instant: instant, parts: parts) }
        struct Sent {
            var instant: Int64
            var recipients: Set<String>  // samePerson of each
            var slugs: [String]
        }
        var sent: [String: Sent] = [:]                 // by Message-ID
        var bySubject: [String: [String]] = [:]        // subject key → Message-IDs (or identities) of the user's, oldest first
        var answered: Set<String> = []                 // "message id \u{1F} person"
        var meetings: Set<String> = []                 // "person \u{1F} start"
        let ordered = messages.enumerated().sorted { ($0.element.instant ?? 0, $0.offset) < ($1.element.instant ?? 0, $1.offset) }.map(\.element)
        for message in ordered {
            guard let from = message.from, let instant = message.instant else { leftOut["no sender or no date", default: 0] += 1; continue }
            let message = message.ownLinks == nil ? compact(message, links: links) : message
            let own = message.ownLinks ?? []
            let isMine = options.me.contains(from.address)
            if isMine {
                var recipients: [ExportPerson] = []
                var who: Set<String> = []
                for address in message.recipients where !options.me.contains(address.address) {
                    let person = ExportPerson(name: address.name, email: address.address)
                    if who.insert(samePerson(person)).inserted { recipients.append(person) }
                }
                let id = message.messageID ?? message.identity
                sent[id] = Sent(instant: instant, recipients: who, slugs: own.map(\.slug))
                bySubject[Self.subjectKey(message.subject), default: []].append(id)
                for person in recipients { seen.see(person, at: instant, articleLink: !own.isEmpty) }
                if recipients.count > largestGroup, !own.isEmpty { leftOut["sent to more than \(largestGroup) people", default: 0] += 1 }
                if (1...largestGroup).contains(recipients.count) {
                    let note = recipients.count > 1 ? "group mail to \(recipients.count) people" : ""
                    for person in recipients {
                        for link in own {
                            found.rows.append(FoundActivity(person: person, instant: instant, kind: .shared, ref: link.slug, note: note,
                                                            source: key(["shared", message.identity, person.email, link.slug], instant: instant)))
                        }
                    }
                }
            } else if let reason = message.automatic {
                leftOut[reason, default: 0] += 1
                continue
            } else {
                let person = ExportPerson(name: from.name, email: from.address)
                let who = samePerson(person)
                var target: (id: String, slugs: [String])?
                var note = ""
                for id in message.answers {
                    if let mine = sent[id], mine.instant <= instant { target = (id, mine.slugs); break }
                    if options.digestIDs.contains(id) { target = (id, []); note = "answers a digest"; break }
                }
                if target == nil, message.answers.isEmpty {
                    let window = Int64(options.windowDays) * 86_400
                    let candidates = bySubject[Self.subjectKey(message.subject)] ?? []
                    if let id = candidates.last(where: { id in
                        guard let mine = sent[id] else { return false }
                        return mine.recipients.contains(who) && mine.instant <= instant && instant - mine.instant <= window
                    }), Self.isReplySubject(message.subject) {
                        target = (id, sent[id]!.slugs)
                        note = "weak: matched by subject, no In-Reply-To"
                    }
                }
                let quoted = message.quotedLinks ?? []
                if let target {
                    seen.see(person, at: instant, articleLink: !own.isEmpty || !quoted.isEmpty)
                    if answered.insert(target.id + "\u{1F}" + who).inserted {
                        let ref = quoted.first?.slug ?? target.slugs.first ?? ""
                        found.rows.append(FoundActivity(person: person, instant: instant, kind: .replied, ref: ref, note: note,
                                                        source: key(["replied", message.identity, person.email], instant: instant)))
                    }
                }
            }
            // Meetings: accepted invitations, and invitations between the user and a person.
            for event in message.calendar {
                guard let start = event.start ?? event.startDay.map({ Int64($0.dayNumber) * 86_400 + 43_200 }), start <= options.asOfInstant else {
                    if !event.method.isEmpty { leftOut["an invitation not started yet", default: 0] += 1 }
                    continue
                }
                var people: [ExportPerson] = []
                switch event.method {
                case "REPLY" where !isMine:
                    if event.attendees.contains(where: { $0.address == from.address && $0.status == "ACCEPTED" }) {
                        people.append(ExportPerson(name: from.name, email: from.address))
                    }
                case "REQUEST" where isMine:
                    people = event.attendees.filter { !options.me.contains($0.address) }.map { attendee in
                        ExportPerson(name: message.recipients.first { $0.address == attendee.address }?.name ?? "", email: attendee.address)
                    }
                case "REQUEST":
                    let invitesMe = event.attendees.contains { options.me.contains($0.address) } || message.recipients.contains { options.me.contains($0.address) }
                    if invitesMe { people.append(ExportPerson(name: from.name, email: from.address)) }
                default: break
                }
                for person in people where meetings.insert(samePerson(person) + "\u{1F}" + String(start)).inserted {
                    seen.see(person, at: instant, articleLink: false)
                    found.rows.append(FoundActivity(person: person, instant: start, kind: .met, ref: "", note: "calendar invitation",
                                                    source: key(["met", person.email, String(start)], instant: start)))
                }
            }
        }
        found.people = seen.sorted
        return (found, leftOut)
    }

    /// Whether a message's words can matter: the user's own (a share), or one that may answer the
    /// user (it threads onto something, or its subject says it is a reply), whose quoted link
    /// names the article. Anyone else's mail signals nothing whatever it says.
    public static func needsWords(_ message: MailMessage, me: Set<String>) -> Bool {
        guard let from = message.from else { return false }
        return me.contains(from.address) || !message.answers.isEmpty || isReplySubject(message.subject)
    }

    /// The message with its links found and its words dropped (auto-replies and list mail keep
    /// no links: they signal nothing).
    public static func compact(_ message: MailMessage, links: ArticleLinks) -> MailMessage {
        var message = message
        message.ownLinks = []
        message.quotedLinks = []
        // Most mail links nothing of the site: its host is not in it, and then nothing is split.
        let words = message.text.isEmpty && links.mayLink(message.html) ? HTMLText.text(message.html) : message.text
        if message.automatic == nil, links.mayLink(words) {
            let text = MessageText(words)
            message.ownLinks = links.links(in: text.own)
            message.quotedLinks = links.links(in: text.quoted)
        }
        message.text = ""
        message.html = ""
        return message
    }

    static let replyPrefixes = ["re:", "aw:", "fwd:", "fw:", "wg:", "sv:", "vs:", "antw:", "r:", "rif:", "tr:", "réf:", "回复:", "答复:"]

    /// The subject without its reply and forward prefixes, case folded: what a thread is known by.
    static func subjectKey(_ subject: String) -> String {
        var rest = Substring(subject.lowercased())
        var changed = true
        while changed {
            changed = false
            rest = rest.drop { $0 == " " || $0 == "\t" }
            for prefix in replyPrefixes where rest.hasPrefix(prefix) {
                rest = rest.dropFirst(prefix.count)
                changed = true
            }
            // "Re[2]:" and "Re: [list]"-style counters.
            if rest.hasPrefix("re["), let close = rest.firstIndex(of: "]"), rest[rest.index(after: close)...].hasPrefix(":") {
                rest = rest[rest.index(close, offsetBy: 2)...]
                changed = true
            }
        }
        return rest.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    static func isReplySubject(_ subject: String) -> Bool {
        let lowered = subject.lowercased().drop { $0 == " " }
        return replyPrefixes.contains { lowered.hasPrefix($0) } || lowered.hasPrefix("re[")
    }
}
