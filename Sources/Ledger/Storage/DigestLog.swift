import Core
import Foundation

/// One message of a digest run, as `network/digests.csv` records it: written (for the user to
/// send, or queued for `--sendmail`), then sent. The Message-ID with the contact and the
/// articles is what the mail import finds a reply by.
public struct DigestEvent: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// Written for the user to open and send; the run is complete once written.
        case written
        /// Written to be sent by `--sendmail`; complete once `sent`.
        case queued
        /// The sendmail command took it.
        case sent
    }

    /// RFC 3339 UTC, the moment it happened.
    public var time: String
    public var kind: Kind
    /// The run's name, unique per segment: its folder's (`2026-12-02`, `2026-12-02-2`).
    public var run: String
    public var segment: String
    public var contact: String
    public var messageID: String
    /// Article slugs, newest first.
    public var articles: [String]
    /// The run's folder, relative to the site (or absolute, for `--output` elsewhere).
    public var folder: String

    public init(time: String, kind: Kind, run: String, segment: String, contact: String, messageID: String, articles: [String], folder: String) {
        (self.time, self.kind, self.run, self.segment, self.contact, self.messageID, self.articles, self.folder)
            = (time, kind, run, segment, contact, messageID, articles, folder)
    }
}

/// `network/digests.csv`: append-only, one row per message written, queued or sent.
struct DigestLog {
    static let columns = ["time", "event", "run", "segment", "contact", "message_id", "articles", "folder"]
    static let required = Set(columns)

    let url: URL
    let display: String

    func read() throws(Diagnostics) -> [DigestEvent] {
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        let display = self.display
        return try CSVTable.read(url, display: display, columns: Self.columns, required: Self.required) { row in
            guard let kind = DigestEvent.Kind(rawValue: row[1]) else {
                return .problems([Diagnostic(file: display, line: row.line, field: "event", message: "\"\(row[1])\" is not written, queued or sent")])
            }
            return .value(DigestEvent(time: row[0], kind: kind, run: row[2], segment: row[3], contact: row[4], messageID: row[5],
                                      articles: ContactsFile.list(row[6]), folder: row[7]))
        }
    }

    /// Appends the events (the header first, for a new file); all or nothing. Callers hold the lock.
    func append(_ events: [DigestEvent]) throws {
        try CSVTable.append(events.map {
            [$0.time, $0.kind.rawValue, $0.run, $0.segment, $0.contact, $0.messageID, $0.articles.joined(separator: ";"), $0.folder]
        }, to: url, columns: Self.columns)
    }
}

extension LedgerStore {
    var digestLog: DigestLog {
        DigestLog(url: files.root.appendingPathComponent("digests.csv"), display: "network/digests.csv")
    }

    /// Every digest message recorded, in file order.
    public func digestEvents() throws(Diagnostics) -> [DigestEvent] {
        try digestLog.read()
    }

    /// Records digest events under the ledger's lock, and with them the activity rows (already
    /// checked by `checkAll`) of the messages sent: the two files never disagree for long, and a
    /// failed write leaves both as they were.
    public func recordDigest(_ events: [DigestEvent], activities: [Activity] = []) throws {
        try FileManager.default.createDirectory(at: files.root, withIntermediateDirectories: true)
        try FileLock.withExclusiveLock(at: files.lock) {
            try digestLog.append(events)
            try appendChecked(activities)
        }
    }
}
