import Core
import Foundation

/// What a conversation import read, ready to be merged into the ledger: the export's
/// connections, its messages and who the user is in them, the user's public posts.
public struct ConversationImport: Sendable {
    public var connections: ImportBatch
    public var messages: [LinkedInMessage]
    public var me: ExportMe
    public var links: ArticleLinks
    public var posts: [FoundPost]
    /// The export as the user gave it, kept in the unmatched list for `contacts adopt`.
    public var export: String
    /// The user's clock: an instant becomes the day they saw it.
    public var timeZone: TimeZone
    public var channel: Channel = .linkedin

    public init(connections: ImportBatch, messages: [LinkedInMessage], me: ExportMe, links: ArticleLinks, posts: [FoundPost],
                export: String, timeZone: TimeZone = .current) {
        self.connections = connections
        self.messages = messages
        self.me = me
        self.links = links
        self.posts = posts
        self.export = export
        self.timeZone = timeZone
    }
}

/// What a conversation import did, or would do with `--dry-run`.
public struct ConversationImportSummary: Sendable {
    public var contacts = ImportSummary()
    /// Rows appended to activity.csv, in order.
    public var added: [Activity] = []
    /// Rows an earlier import already brought in.
    public var alreadyImported = 0
    /// Rows an earlier import brought in and the user has since removed: left out for good.
    public var removedByYou = 0
    /// Rows the user had typed already (same contact, kind and article within a day).
    public var typedAlready = 0
    /// Rows about contacts the user removed.
    public var ofRemovedContacts = 0
    /// Rows about people who are not contacts: left for `contacts adopt`.
    public var ofUnmatched = 0
    /// Everyone in this export who is not a contact.
    public var unmatched: [UnmatchedPerson] = []
    public var postsAdded = 0
    public var postsAlready = 0
    /// The contacts each person's tracked link proved they are (identity → contact id).
    public var matchedByToken: [String: String] = [:]
}

extension LedgerStore {
    static let importedOutcome = "added"
    static let typedOutcome = "typed already"

    var importedKeys: ImportedKeys { ImportedKeys(url: files.imported, display: files.display(files.imported)) }
    var postLog: PostLog { PostLog(url: files.posts, display: files.display(files.posts)) }
    var unmatchedFile: UnmatchedFile { UnmatchedFile(url: files.unmatched, display: files.display(files.unmatched)) }

    /// The people imports found who are not contacts (`network/unmatched.csv`).
    public func unmatched() throws(Diagnostics) -> [UnmatchedPerson] { try unmatchedFile.read() }

    /// The user's public posts that link an article (`network/posts.csv`).
    public func posts() throws(Diagnostics) -> [Post] { try postLog.read() }

    /// Merges a conversation import under the ledger's lock: the connections into contacts.csv,
    /// then each found row that is new — not imported before (so a row the user removed stays
    /// removed), not typed by the user already, about a contact — into activity.csv, then the
    /// source keys, the posts and the unmatched list. Every file is read and checked before the
    /// first is written; rows carry their source key, so a crash between the writes neither loses
    /// nor doubles a row on the next run. With `dryRun`, nothing is written.
    public func importConversations(_ batch: ConversationImport, on day: ContentDate, dryRun: Bool) throws -> ConversationImportSummary {
        if let (contact, segment) = batch.connections.contacts.lazy
            .flatMap({ contact in contact.segments.filter { !settings.isDeclared($0) }.map { (contact, $0) } }).first {
            throw Diagnostic(input: "file", message: "\(contact.name) is in segment \"\(segment)\", which goodwill.yml does not declare",
                             hint: "declare it under segments: or fix the file")
        }
        try FileManager.default.createDirectory(at: files.root, withIntermediateDirectories: true)
        return try FileLock.withExclusiveLock(at: files.lock) {
            var summary = ConversationImportSummary()
            var contacts = try contactsFile.read()
            let originalContacts = contacts
            let removed = try tombstoneFile.read()
            summary.contacts = ContactMerger(rules: SegmentRules(settings: settings)).merge(batch.connections, into: &contacts, removed: removed)
            let postsBefore = Set(try postLog.read().compactMap(\.source))
            var matcher = PersonMatcher(contacts: contacts, removed: removed)
            // A tracked link sent to one person says who they are, whatever their profile shows.
            let ids = Set(contacts.map(\.id))
            for (identity, owner) in ConversationSignals.tokenOwners(in: batch.messages, me: batch.me, links: batch.links)
            where ids.contains(owner) {
                guard let person = ExportPerson(identity: identity, name: ""), case .unmatched = matcher.match(person) else { continue }
                matcher.byToken[identity] = owner
                summary.matchedByToken[identity] = owner
            }
            let merged = try mergeFound(into: &summary, contacts: contacts, matcher: matcher, channel: batch.channel, export: batch.export,
                                        timeZone: batch.timeZone) { samePerson in
                ConversationSignals.find(in: batch.messages, me: batch.me, links: batch.links, samePerson: samePerson)
            }
            let newPosts = batch.posts.filter { !postsBefore.contains($0.source) }.map {
                Post(date: ContentDate(instant: $0.instant, timeZone: batch.timeZone), channel: .linkedin, ref: $0.ref, link: $0.link,
                     visibility: $0.visibility, source: $0.source)
            }
            summary.postsAdded = newPosts.count
            summary.postsAlready = batch.posts.count - newPosts.count
            guard !dryRun else { return summary }

            // Contacts first, so no row names a contact not yet written; rows before their keys.
            if contacts != originalContacts { try contactsFile.write(contacts) }
            try write(merged, of: summary, on: day)
            try postLog.append(newPosts)
            return summary
        }
    }

    /// Merges rows found outside the LinkedIn export (mail) under the ledger's lock, by the same
    /// rules: `find` is given who each person is (the contact once matched, by any of their
    /// addresses) and returns the rows and the people it saw. No contact is created: people who
    /// are not contacts go to the unmatched list. With `dryRun`, nothing is written.
    public func importFound(channel: Channel, export: String, timeZone: TimeZone, on day: ContentDate, dryRun: Bool,
                            find: ((ExportPerson) -> String) -> ConversationSignals.Found) throws -> ConversationImportSummary {
        try FileManager.default.createDirectory(at: files.root, withIntermediateDirectories: true)
        return try FileLock.withExclusiveLock(at: files.lock) {
            var summary = ConversationImportSummary()
            let contacts = try contactsFile.read()
            let matcher = PersonMatcher(contacts: contacts, removed: try tombstoneFile.read())
            let merged = try mergeFound(into: &summary, contacts: contacts, matcher: matcher, channel: channel, export: export,
                                        timeZone: timeZone, find: find)
            guard !dryRun else { return summary }
            try write(merged, of: summary, on: day)
            return summary
        }
    }

    /// What a merge leaves to write: the source keys of the rows it took or found typed, and the
    /// unmatched list as it was, to write it only if it changed.
    struct FoundMerge {
        var keys: [(key: SourceKey, outcome: String)]
        var listedBefore: [UnmatchedPerson]
    }

    /// The part every conversation import shares, under the caller's lock: reads the activity,
    /// the recorded keys and the unmatched list, lets `find` say what happened (each person keyed
    /// by their contact once matched), merges its rows and makes the new unmatched list.
    private func mergeFound(into summary: inout ConversationImportSummary, contacts: [Contact], matcher: PersonMatcher,
                            channel: Channel, export: String, timeZone: TimeZone,
                            find: ((ExportPerson) -> String) -> ConversationSignals.Found) throws -> FoundMerge {
        let activities = try activityLog.read(knownContacts: Set(contacts.map(\.id)))
        let recorded = try importedKeys.read()
        let listedBefore = try unmatchedFile.read()
        var cache = MatchCache(matcher)
        let found = find { cache.samePerson($0) }
        let keys = Self.merge(found.rows, into: &summary, activities: activities, recorded: recorded,
                              inLog: Set(activities.compactMap(\.source)), channel: channel, timeZone: timeZone, match: { cache.match($0) })
        summary.unmatched = Self.unmatchedList(before: listedBefore, seen: found.people, matcher: matcher, export: export, timeZone: timeZone)
        return FoundMerge(keys: keys, listedBefore: listedBefore)
    }

    /// The rows before their keys, so a crash between the two neither loses nor doubles a row.
    private func write(_ merged: FoundMerge, of summary: ConversationImportSummary, on day: ContentDate) throws {
        try activityLog.append(summary.added)
        try importedKeys.append(merged.keys, on: day)
        if summary.unmatched != merged.listedBefore { try unmatchedFile.write(summary.unmatched) }
    }

    /// Each found row that is new — not imported before (so a row the user removed stays removed),
    /// not typed by the user already, about a contact — into `summary.added`, with the source keys
    /// to record. The one rule every conversation import (LinkedIn, mail) merges by.
    static func merge(_ rows: [FoundActivity], into summary: inout ConversationImportSummary, activities: [Activity],
                      recorded: [SourceKey: String], inLog: Set<SourceKey>, channel: Channel, timeZone: TimeZone,
                      match: (ExportPerson) -> PersonMatcher.Match) -> [(key: SourceKey, outcome: String)] {
        var typed = TypedRows(activities.filter(\.isTyped))
        var keys: [(key: SourceKey, outcome: String)] = []
        for row in rows {
            if inLog.contains(row.source) {
                summary.alreadyImported += 1
                continue
            }
            if let outcome = recorded[row.source] {
                switch outcome {
                case Self.importedOutcome: summary.removedByYou += 1
                case Self.typedOutcome: summary.typedAlready += 1
                default: summary.alreadyImported += 1
                }
                continue
            }
            let contact: String
            switch match(row.person) {
            case .contact(let id): contact = id
            case .removed:
                summary.ofRemovedContacts += 1
                continue
            case .unmatched:
                summary.ofUnmatched += 1
                continue
            }
            let activity = Activity(date: ContentDate(instant: row.instant, timeZone: timeZone), kind: row.kind, contact: contact,
                                    ref: row.ref, via: channel, note: row.note, source: row.source)
            if typed.absorb(activity) {
                summary.typedAlready += 1
                keys.append((row.source, Self.typedOutcome))
            } else {
                summary.added.append(activity)
                keys.append((row.source, Self.importedOutcome))
            }
        }
        return keys
    }

    /// The unmatched list after an import: those listed before that are still nobody, merged with
    /// the people this export shows who are nobody (first seen the earliest, last seen the latest,
    /// messages the most one export counted — each export holds the whole history).
    static func unmatchedList(before: [UnmatchedPerson], seen: [PersonSeen], matcher: PersonMatcher, export: String,
                              timeZone: TimeZone) -> [UnmatchedPerson] {
        var byIdentity: [String: UnmatchedPerson] = [:]
        for person in before { byIdentity[person.identity] = person }
        for person in seen {
            let entry = UnmatchedPerson(identity: person.person.identity, name: person.person.name,
                                        firstSeen: ContentDate(dayOf: person.first, timeZone: timeZone),
                                        lastSeen: ContentDate(dayOf: person.last, timeZone: timeZone),
                                        messages: person.messages, articleLink: person.articleLink, export: export)
            byIdentity[entry.identity] = byIdentity[entry.identity].map { $0.merged(with: entry) } ?? entry
        }
        return byIdentity.values.filter { person in
            guard let exportPerson = ExportPerson(identity: person.identity, name: person.name) else { return true }
            return matcher.match(exportPerson) == .unmatched
        }.sorted { ($0.lastSeen, $0.identity) > ($1.lastSeen, $1.identity) }
    }
}

/// The rows the user typed, each able to stand for one imported row: the same contact, kind and
/// article (a typed reply naming no article stands for any reply) on a day at most one away.
struct TypedRows {
    private var rows: [String: [Activity]] = [:]

    init(_ typed: [Activity]) {
        for row in typed where row.kind == .shared || row.kind == .replied {
            rows[Self.key(row.contact, row.kind), default: []].append(row)
        }
    }

    private static func key(_ contact: String, _ kind: ActivityKind) -> String { contact + "\u{1F}" + kind.rawValue }

    /// Whether a typed row stands for `imported`; that typed row then stands for no other.
    mutating func absorb(_ imported: Activity) -> Bool {
        let key = Self.key(imported.contact, imported.kind)
        guard let candidates = rows[key] else { return false }
        let day = imported.date.dayNumber
        guard let index = candidates.firstIndex(where: { typed in
            abs(typed.date.dayNumber - day) <= 1 && (typed.ref == imported.ref || (typed.kind == .replied && typed.ref.isEmpty))
        }) else { return false }
        rows[key]!.remove(at: index)
        return true
    }
}

extension LedgerStore {
    /// Someone of the unmatched list made a contact: a new one (`joining` nil), or another profile
    /// of an existing one. They leave the list; the next import of an export that has them brings
    /// in their rows. Returns the contact and the person as listed.
    public func adopt(_ identity: String, joining existing: String? = nil) throws -> (contact: Contact, person: UnmatchedPerson) {
        try FileManager.default.createDirectory(at: files.root, withIntermediateDirectories: true)
        return try FileLock.withExclusiveLock(at: files.lock) {
            var listed = try unmatchedFile.read()
            let wanted = identity.hasPrefix("name:") ? "name:" + ExportPerson.folded(String(identity.dropFirst(5)))
                : identity.hasPrefix("email:") ? identity.lowercased()
                : ProfileURL.key(ProfileURL.profile(fromWritten: identity)) ?? identity
            guard let position = listed.firstIndex(where: { $0.identity == wanted }) else {
                let closest = DidYouMean.closest(to: wanted, in: listed.map(\.identity))
                throw Diagnostic(input: "identity", message: "\(identity) is not in \(files.display(files.unmatched))",
                                 hint: closest.isEmpty ? "\(files.display(files.unmatched)) lists the people imports found who are not contacts"
                                                       : "closest: \(closest.joined(separator: ", "))")
            }
            let person = listed[position]
            var contacts = try contactsFile.read()
            let contact: Contact
            if let existing {
                guard let index = contacts.firstIndex(where: { $0.id == existing }) else { throw unknownContact(existing, among: contacts, field: "as") }
                guard !person.identity.hasPrefix("name:") else {
                    throw Diagnostic(input: "as", message: "\(person.name) came without a profile URL, so only a name tells them apart",
                                     hint: "the import matches such a person to the one contact of that name: rename \(existing) to \"\(person.name)\", or adopt without --as")
                }
                if Self.address(ofIdentity: person.identity) == nil,
                   let twin = contacts.first(where: { $0.id != existing && $0.urls.contains { ProfileURL.key($0) == person.identity } }) {
                    throw Diagnostic(input: "identity", message: "\(twin.name) (\(twin.id)) already has this profile URL",
                                     hint: "merge the two: goodwill contacts merge \(existing) \(twin.id)")
                }
                if let address = Self.address(ofIdentity: person.identity) {
                    if let twin = contacts.first(where: { $0.id != existing && $0.emails.contains(address) }) {
                        throw Diagnostic(input: "identity", message: "\(twin.name) (\(twin.id)) already has this address",
                                         hint: "merge the two: goodwill contacts merge \(existing) \(twin.id)")
                    }
                    if !contacts[index].emails.contains(address) {
                        if contacts[index].email.isEmpty { contacts[index].email = address } else { contacts[index].otherEmails.append(address) }
                    }
                } else {
                    contacts[index].addURL(person.identity)
                }
                contact = contacts[index]
            } else {
                var ids = UniqueSlugs(taken: Set(contacts.map(\.id) + (try tombstoneFile.read()).map(\.id)), fallback: "contact", firstSuffix: 2)
                var new = Contact(id: "", name: person.name, source: .manual)
                new.id = ids.claim(Slug.make(from: person.name))
                if let address = Self.address(ofIdentity: person.identity) {
                    new.email = address
                } else if !person.identity.hasPrefix("name:") {
                    new.addURL(person.identity)
                }
                new = new.withCleanText(droppingBadEmail: false)
                try check(new)
                contacts.append(new)
                contact = new
            }
            listed.remove(at: position)
            // The contact before the list: cut off between the two, the person is a contact and
            // still listed, which the next import mends.
            try contactsFile.write(contacts)
            try unmatchedFile.write(listed)
            return (contact, person)
        }
    }
}

extension LedgerStore {
    /// The address of an `email:` identity (a person found in mail), else nil.
    static func address(ofIdentity identity: String) -> String? {
        identity.hasPrefix("email:") ? String(identity.dropFirst(6)) : nil
    }
}
