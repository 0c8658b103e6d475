import Core
import Foundation

/// Reads and writes the ledger of one site. Writes validate first, then take the ledger
/// lock, and leave the files whole whatever happens.
public struct LedgerStore: Sendable {
    public let files: LedgerFiles
    public let settings: LedgerSettings

    public init(siteRoot: URL, settings: LedgerSettings) {
        self.files = LedgerFiles(siteRoot: siteRoot)
        self.settings = settings
    }

    var contactsFile: ContactsFile {
        ContactsFile(url: files.contacts, display: files.display(files.contacts), settings: settings)
    }

    var tombstoneFile: TombstoneFile {
        TombstoneFile(url: files.removed, display: files.display(files.removed))
    }

    /// Contacts removed or merged away (`network/removed.csv`).
    public func tombstones() throws(Diagnostics) -> [Tombstone] {
        try tombstoneFile.read()
    }

    var activityLog: ActivityLog {
        ActivityLog(url: files.activity, display: files.display(files.activity))
    }

    /// The whole ledger; missing files read as empty.
    public func load() throws(Diagnostics) -> Ledger {
        let contacts = try contactsFile.read()
        let activities = try activityLog.read(knownContacts: Set(contacts.map(\.id)))
        return Ledger(contacts: contacts, activities: activities)
    }

    /// The valid part of the ledger and every problem in it, for `goodwill check`: a wrong contact
    /// row does not hide the activity rows' problems, nor make rows naming that contact look
    /// orphaned. Throws only when a file cannot be read at all.
    public func loadReportingAll() throws(Diagnostics) -> (ledger: Ledger, problems: [Diagnostic]) {
        let (contacts, contactProblems, ids) = try contactsFile.readAll()
        let (activities, activityProblems) = try activityLog.readAll(knownContacts: ids)
        return (Ledger(contacts: contacts, activities: activities), contactProblems + activityProblems)
    }

    /// What `goodwill log` is asked to record, before it is checked.
    public struct NewActivity: Sendable {
        public var kind: ActivityKind
        public var contact: String
        public var ref: String
        public var via: Channel?
        /// As written: checked as a date (the caller resolves `today` and `-3d` first).
        public var date: String
        public var note: String

        public init(kind: ActivityKind, contact: String, ref: String = "", via: Channel? = nil, date: String, note: String = "") {
            self.kind = kind
            self.contact = contact
            self.ref = ref
            self.via = via
            self.date = date
            self.note = note
        }
    }


    /// Checks `new` against the ledger and the published articles, then appends it under the
    /// lock and syncs it to disk. Nothing is written when a check fails.
    @discardableResult
    public func append(_ new: NewActivity, publishedArticles: Set<String>, unpublished: [String: String] = [:], today: Today) throws -> Activity {
        try appendAll([new], publishedArticles: publishedArticles, unpublished: unpublished, today: today)[0]
    }

    /// Checks every row first, then appends them all under one lock in one synced write: all of
    /// them land, or none (a digest logs one row per contact and article).
    @discardableResult
    /// `unpublished` says why an article that exists is not published (slug → "a draft"), so the
    /// error can say so.
    public func appendAll(_ rows: [NewActivity], publishedArticles: Set<String>, unpublished: [String: String] = [:],
                          today: Today) throws -> [Activity] {
        guard !rows.isEmpty else { return [] }
        try FileManager.default.createDirectory(at: files.root, withIntermediateDirectories: true)
        return try FileLock.withExclusiveLock(at: files.lock) {
            let activities = try checkAll(rows, publishedArticles: publishedArticles, unpublished: unpublished, today: today)
            try appendChecked(activities)
            return activities
        }
    }

    /// The rows as they would be appended, each checked (the contact exists, the article is
    /// published, the date has come); nothing is written.
    public func checkAll(_ rows: [NewActivity], publishedArticles: Set<String>, unpublished: [String: String] = [:],
                         today: Today) throws -> [Activity] {
        let known = Set(try contactsFile.read().map(\.id))
        return try rows.map { new throws -> Activity in
            try check(new, known: known, publishedArticles: publishedArticles, unpublished: unpublished, today: today)
        }
    }

    /// Appends rows `checkAll` made, in one synced write: all of them or none. Callers hold the lock.
    func appendChecked(_ activities: [Activity]) throws {
        try activityLog.append(activities)
    }

    /// The checks a new row passes before it is appended; problems name the `NewActivity` field
    /// at fault (`date`, `ref`, …), which the command names as its argument.
    private func check(_ new: NewActivity, known: Set<String>, publishedArticles: Set<String>, unpublished: [String: String],
                       today: Today) throws -> Activity {
        let (date, kind): (ContentDate, ActivityKind)
        switch ActivityLog.check(date: new.date, kind: new.kind.rawValue, contact: new.contact, ref: new.ref, knownContacts: known) {
        case .success(let checked): (date, kind) = checked
        case .failure(let problem):
            throw Diagnostic(input: problem.column, message: problem.message, hint: problem.hint)
        }
        if !today.hasCome(date) {
            throw Diagnostic(input: "date", message: "\(new.date) is in the future",
                             hint: "log what has happened; leave --date out for today")
        }
        if !kind.takesRef, !new.ref.isEmpty {
            throw Diagnostic(input: "ref", message: "\(kind.rawValue) takes no ref, but \"\(new.ref)\" was given",
                             hint: "put what it was about in --note \"\(new.ref)\"")
        }
        if kind.refersToArticle, !new.ref.isEmpty, !publishedArticles.contains(new.ref) {
            if let why = unpublished[new.ref] {
                throw Diagnostic(input: "ref", message: "\"\(new.ref)\" is \(why), not published yet",
                                 hint: "log a share once readers can read it (goodwill build publishes it)")
            }
            throw Diagnostic(input: "ref", message: "no published article has the slug \"\(new.ref)\"",
                             hint: ArticleRefs.hint(for: new.ref, published: publishedArticles))
        }
        return Activity(date: date, kind: kind, contact: new.contact, ref: new.ref, via: new.via, note: new.note)
    }

    /// Replaces contacts.csv with `contacts`, under the lock.
    public func save(_ contacts: [Contact]) throws {
        try FileManager.default.createDirectory(at: files.root, withIntermediateDirectories: true)
        try FileLock.withExclusiveLock(at: files.lock) { try contactsFile.write(contacts) }
    }

    /// Reads contacts, lets `change` edit them, writes them back, all under the lock so
    /// two imports never lose each other's work.
    public func updateContacts<T>(_ change: (inout [Contact]) throws -> T) throws -> T {
        try FileManager.default.createDirectory(at: files.root, withIntermediateDirectories: true)
        return try FileLock.withExclusiveLock(at: files.lock) {
            var contacts = try contactsFile.read()
            let original = contacts
            let result = try change(&contacts)
            if contacts != original { try contactsFile.write(contacts) }
            return result
        }
    }
}

extension LedgerStore {
    /// Merges an import into contacts.csv under the lock and says what changed.
    @discardableResult
    public func importContacts(_ batch: ImportBatch) throws -> ImportSummary {
        let undeclared = batch.contacts.flatMap { contact in contact.segments.filter { !settings.isDeclared($0) }.map { (contact, $0) } }
        if let (contact, segment) = undeclared.first {
            throw Diagnostic(input: "file", message: "\(contact.name) is in segment \"\(segment)\", which goodwill.yml does not declare",
                             hint: "declare it under segments: or fix the file")
        }
        let merger = ContactMerger(rules: SegmentRules(settings: settings))
        var summary = ImportSummary()
        try updateContacts { contacts in summary = merger.merge(batch, into: &contacts, removed: try tombstoneFile.read()) }
        return summary
    }
}
