import Core
import Foundation

/// Contacts you can fix by hand: add, edit, merge, remove. Each checks everything first, then
/// changes the files under the ledger's lock through atomic replaces, so an interrupted command
/// leaves them whole.
extension LedgerStore {
    /// What `merge` moved.
    public struct MergeSummary: Sendable, Equatable {
        /// Activity rows about the dropped contact, now about the kept one.
        public var activityRows = 0
        /// Introductions that named the dropped contact as the other person.
        public var introductions = 0
        /// Fields of the kept contact that were empty and took the dropped one's value.
        public var filledFields: [String] = []
        public var addedTags: [String] = []
        /// Addresses and profiles of the dropped contact now among the kept one's others.
        public var addedIdentities: [String] = []
    }

    /// Adds a contact written by hand (`source` manual). An empty id is made from the name and
    /// numbered like an import's (`ana-lima-2`); a given id must be free.
    @discardableResult
    public func addContact(_ new: Contact) throws -> Contact {
        try updateContacts { contacts in
            var contact = new.withCleanText(droppingBadEmail: false)
            contact.source = .manual
            contact.url = ProfileURL.normalized(new.url)
            if contact.id.isEmpty {
                var ids = UniqueSlugs(taken: Set(contacts.map(\.id)), fallback: "contact", firstSuffix: 2)
                contact.id = ids.claim(Slug.make(from: contact.name))
            } else if contacts.contains(where: { $0.id == contact.id }) {
                throw Diagnostic(input: "id", message: "a contact already has the id \"\(contact.id)\"",
                                 hint: "pick another id, or leave --id out to have one made from the name")
            }
            try check(contact)
            if let twin = contacts.first(where: { ProfileURL.key($0.url) != nil && ProfileURL.key($0.url) == ProfileURL.key(contact.url) }) {
                throw Diagnostic(input: "url", message: "\(twin.name) (\(twin.id)) already has this profile URL",
                                 hint: "edit that contact instead: goodwill contacts edit \(twin.id) …")
            }
            contacts.append(contact)
            return contact
        }
    }

    /// Changes the fields `edit` changes; each field that changed is marked as set by hand, so no
    /// import overwrites it.
    @discardableResult
    public func editContact(_ id: String, _ edit: (inout Contact) -> Void) throws -> (before: Contact, after: Contact) {
        try updateContacts { contacts in
            guard let index = contacts.firstIndex(where: { $0.id == id }) else { throw unknownContact(id, among: contacts) }
            let before = contacts[index]
            var after = before
            edit(&after)
            after = after.withCleanText(droppingBadEmail: false)
            if after.url != before.url { after.url = ProfileURL.profile(fromWritten: after.url) }
            if after.otherURLs != before.otherURLs { after.otherURLs = after.otherURLs.map(ProfileURL.profile(fromWritten:)) }
            try check(after)
            // Marked even on a contact added by hand: an empty field of such a contact is one an
            // import may fill, a field the user cleared is not.
            let fields: [(ContactField, Bool)] = [
                (.name, after.name != before.name), (.email, after.emails != before.emails),
                (.company, after.company != before.company), (.position, after.position != before.position),
                (.url, after.urls != before.urls), (.connectedOn, after.connectedOn != before.connectedOn),
                (.segments, after.segments != before.segments), (.tags, after.tags != before.tags)]
            for (field, changed) in fields where changed { after.setBy[field] = .manual }
            contacts[index] = after
            return (before, after)
        }
    }

    /// Folds `drop` into `keep`: its activity rows (and introductions naming it) now name `keep`,
    /// `keep`'s empty fields take `drop`'s values, tags are joined, and `drop` is removed. The
    /// activity file is rewritten first, so an interruption between the two writes leaves a
    /// contact with no rows, never rows with no contact.
    public func mergeContacts(keep: String, drop: String, on day: ContentDate) throws -> MergeSummary {
        guard keep != drop else {
            throw Diagnostic(input: "drop", message: "cannot merge \(keep) into itself", hint: "name two different contacts")
        }
        try FileManager.default.createDirectory(at: files.root, withIntermediateDirectories: true)
        return try FileLock.withExclusiveLock(at: files.lock) {
            var contacts = try contactsFile.read()
            guard let keepIndex = contacts.firstIndex(where: { $0.id == keep }) else { throw unknownContact(keep, among: contacts, field: "keep") }
            guard let dropIndex = contacts.firstIndex(where: { $0.id == drop }) else { throw unknownContact(drop, among: contacts, field: "drop") }
            var summary = MergeSummary()
            var kept = contacts[keepIndex]
            let dropped = contacts[dropIndex]
            func fill(_ field: String, _ keyPath: WritableKeyPath<Contact, String>) {
                guard kept[keyPath: keyPath].isEmpty, !dropped[keyPath: keyPath].isEmpty else { return }
                kept[keyPath: keyPath] = dropped[keyPath: keyPath]
                summary.filledFields.append(field)
            }
            fill("email", \.email)
            fill("company", \.company)
            fill("position", \.position)
            fill("url", \.url)
            fill("notes", \.notes)
            // Every address and profile of the dropped contact stays, so that the next import
            // finds the kept one on any of them.
            for email in dropped.emails {
                let count = kept.emails.count
                kept.addEmail(email)
                if kept.emails.count > count { summary.addedIdentities.append(email) }
            }
            for url in dropped.urls {
                let count = kept.urls.count
                kept.addURL(url)
                if kept.urls.count > count { summary.addedIdentities.append(url) }
            }
            if case .unknown = kept.consent { kept.consent = dropped.consent }
            if dropped.consent.isUnsubscribed { kept.consent = dropped.consent }  // a no from either is a no
            if kept.connectedOn == nil, let date = dropped.connectedOn {
                kept.connectedOn = date
                summary.filledFields.append("connected_on")
            }
            if kept.cadenceDays == nil, let days = dropped.cadenceDays {
                kept.cadenceDays = days
                summary.filledFields.append("cadence_days")
            }
            for segment in dropped.segments where !kept.segments.contains(segment) { kept.segments.append(segment) }
            for tag in dropped.tags where !kept.tags.contains(tag) {
                kept.tags.append(tag)
                summary.addedTags.append(tag)
            }
            _ = try ActivityRewrite.apply(to: files.activity, display: files.display(files.activity)) { fields, columns in
                var fields = fields
                var changed = false
                if let column = columns["contact"], column < fields.count, fields[column] == drop {
                    fields[column] = keep
                    summary.activityRows += 1
                    changed = true
                }
                if let kind = columns["kind"], let ref = columns["ref"], kind < fields.count, ref < fields.count,
                   fields[kind] == "intro", fields[ref] == drop {
                    fields[ref] = keep
                    summary.introductions += 1
                    changed = true
                }
                return changed ? .replace(fields) : .keep
            }
            contacts[keepIndex] = kept
            contacts.remove(at: dropIndex)
            // The tombstone before the contacts: cut off between the two, an import finds the
            // dropped contact still there, never a person with no trace of the merge.
            try tombstoneFile.append(Tombstone(of: dropped, on: day, mergedInto: keep))
            try contactsFile.write(contacts)
            return summary
        }
    }

    /// Removes a contact. While activity rows name it (as the contact, or the other person of an
    /// introduction) it is refused, unless `withActivity`, which removes those rows too (activity
    /// first). Returns how many rows went.
    public func removeContact(_ id: String, withActivity: Bool, on day: ContentDate) throws -> Int {
        try FileManager.default.createDirectory(at: files.root, withIntermediateDirectories: true)
        return try FileLock.withExclusiveLock(at: files.lock) {
            var contacts = try contactsFile.read()
            guard let index = contacts.firstIndex(where: { $0.id == id }) else { throw unknownContact(id, among: contacts) }
            let activities = try activityLog.read(knownContacts: Set(contacts.map(\.id)))
            let naming = activities.filter { $0.names(id) }.count
            if naming > 0, !withActivity {
                throw Diagnostic(input: "id", message: "\(naming) activity row\(naming == 1 ? "" : "s") name\(naming == 1 ? "s" : "") \(id)",
                                 hint: "to keep the history, merge the contact into another (goodwill contacts merge KEEP \(id)); to delete it, add --with-activity")
            }
            var removed = 0
            if naming > 0 {
                removed = try ActivityRewrite.apply(to: files.activity, display: files.display(files.activity)) { fields, columns in
                    let contact = columns["contact"].flatMap { $0 < fields.count ? fields[$0] : nil }
                    let kind = columns["kind"].flatMap { $0 < fields.count ? fields[$0] : nil }
                    let ref = columns["ref"].flatMap { $0 < fields.count ? fields[$0] : nil }
                    return contact == id || (kind == "intro" && ref == id) ? .remove : .keep
                }.removed
            }
            let tombstone = Tombstone(of: contacts[index], on: day)
            contacts.remove(at: index)
            try tombstoneFile.append(tombstone)
            try contactsFile.write(contacts)
            return removed
        }
    }

    /// Forgets the tombstone of `id` (a contact removed by mistake): the next import that has them
    /// brings them back. Returns the tombstone forgotten.
    @discardableResult
    public func restoreContact(_ id: String) throws -> Tombstone {
        try FileManager.default.createDirectory(at: files.root, withIntermediateDirectories: true)
        return try FileLock.withExclusiveLock(at: files.lock) {
            var tombstones = try tombstoneFile.read()
            guard let index = tombstones.lastIndex(where: { $0.id == id }) else {
                let closest = DidYouMean.closest(to: id, in: tombstones.map(\.id).sorted())
                throw Diagnostic(input: "id", message: "no removed contact has the id \"\(id)\"",
                                 hint: closest.isEmpty ? "network/removed.csv lists the contacts removed or merged away"
                                                       : "closest: \(closest.joined(separator: ", "))")
            }
            let tombstone = tombstones.remove(at: index)
            try tombstoneFile.write(tombstones)
            return tombstone
        }
    }

    /// The contact rules, each problem at the field it is about (`email`), which the command
    /// names as the option that sets it.
    func check(_ contact: Contact) throws {
        let problems = ContactChecks.problems(of: contact, settings: settings)
        guard problems.isEmpty else {
            throw Diagnostics(problems.map { Diagnostic(input: $0.column, message: $0.message, hint: $0.hint) })
        }
    }

    func unknownContact(_ id: String, among contacts: [Contact], field: String = "id") -> Diagnostic {
        let unknown = Ledger.unknownContact(id, among: contacts.map(\.id))
        return Diagnostic(input: field, message: unknown.message, hint: unknown.hint)
    }
}

extension LedgerStore {
    /// Rewrites the refs of rows that name a renamed article (old slug → new) to its slug now, in
    /// one atomic rewrite under the lock; other lines stay byte for byte. Returns rows per rename.
    public func fixRenames(_ renamed: [String: String]) throws -> [(old: String, new: String, rows: Int)] {
        guard !renamed.isEmpty else { return [] }
        try FileManager.default.createDirectory(at: files.root, withIntermediateDirectories: true)
        return try FileLock.withExclusiveLock(at: files.lock) {
            var counts: [String: Int] = [:]
            _ = try ActivityRewrite.apply(to: files.activity, display: files.display(files.activity)) { fields, columns in
                guard let kind = columns["kind"], let ref = columns["ref"], kind < fields.count, ref < fields.count,
                      ActivityKind(rawValue: fields[kind])?.refersToArticle == true, let now = renamed[fields[ref]] else { return .keep }
                counts[fields[ref], default: 0] += 1
                var fields = fields
                fields[ref] = now
                return .replace(fields)
            }
            return counts.sorted { $0.key < $1.key }.map { (old: $0.key, new: renamed[$0.key]!, rows: $0.value) }
        }
    }
}
