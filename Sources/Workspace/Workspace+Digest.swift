import Core
import Foundation
import Insight
import Ledger
import Share
import Site

/// What `goodwill digest` is asked for.
public struct DigestRequest: Sendable {
    public var segment: String
    /// Articles published on or after this day (default: the segment's previous digest).
    public var since: ContentDate?
    /// Only these contacts (ids).
    public var contacts: [String] = []
    /// At most this many articles per message.
    public var limit = 5
    /// The opening line; `{{first_name}}` and `{{segment}}` are filled in.
    public var intro: String?
    /// Where the messages go (default: reports/digests/<segment>/<day>).
    public var output: String?
    /// A sendmail-compatible command to pipe each message to.
    public var sendmail: String?
    /// Whether to record one shared row per contact and article once delivered.
    public var log = false
    /// Plan a new run even when the last one has messages not sent.
    public var newRun = false

    public init(segment: String) {
        self.segment = segment
    }
}

/// What a digest run did, step by step, so the command can say each step and then the failure.
public struct DigestRun: Sendable {
    /// The plan of a new run; nil when an unfinished run was resumed.
    public var plan: DigestPlan?
    /// The run's name (`2026-12-02-2`) and folder.
    public var name: String
    public var folder: URL
    /// Messages written by this run (0 when resuming).
    public var written = 0
    /// When resuming: messages of the run sent before, and still to send now.
    public var sentBefore = 0
    /// Messages handed to sendmail this time.
    public var toSend = 0
    /// Messages the sendmail command took (every message written, when none was given).
    public var delivered = 0
    /// Rows logged, when asked.
    public var logged = 0
    /// Why sending stopped, after `delivered` were sent and recorded.
    public var failure: Error?
}

extension Workspace {
    /// Who would get which articles, and who is skipped and why; nothing is written.
    public func digestPlan(_ request: DigestRequest) throws -> DigestPlan {
        let runs = DigestRuns(try store.digestEvents(), segment: try requireSegment(request.segment).slug)
        return try digestPlan(request, site: try insight(), runs: runs)
    }

    private func digestPlan(_ request: DigestRequest, site: InsightSite, runs: DigestRuns) throws -> DigestPlan {
        var options = DigestOptions(segment: try requireSegment(request.segment).slug)
        options.limit = request.limit
        options.since = request.since
        options.contacts = try request.contacts.map { try site.input.ledger.requireContact($0).id }
        options.runsRecorded = !runs.runs.isEmpty
        options.previousRun = runs.lastComplete
        return DigestPlanner.plan(site.input, options: options)
    }

    /// Writes one message per recipient into a new run folder, records each in
    /// `network/digests.csv`, sends them when asked (recording each as it goes), and logs what was
    /// delivered. With `--sendmail`, a run a refused send left unfinished is resumed instead:
    /// exactly its messages not sent go, from the files written then.
    public func digest(_ request: DigestRequest) throws -> DigestRun {
        // Both checked before reading a ledger of a million rows (the plan checks the segment again).
        _ = try DigestWriter.authorAddress(config)
        let segment = try requireSegment(request.segment).slug
        let runs = DigestRuns(try store.digestEvents(), segment: segment)
        if let sendmail = request.sendmail, !request.newRun, let unfinished = runs.unfinished {
            return try resume(unfinished, request, sendmail: sendmail)
        }
        let site = try insight()
        let plan = try digestPlan(request, site: site, runs: runs)
        let parent = try PrivateOutput.folder("reports/digests/\(segment)", siteRoot: root)
        let name = runs.nextName(on: today.day, parent: parent)
        let folder = try request.output.map { try PrivateOutput.checkedFolder($0, siteRoot: root) } ?? parent.appendingPathComponent(name)
        // The moment of writing; never later than the --as-of day.
        let now = min(Int64(Date().timeIntervalSince1970), today.instant)
        let messages = try DigestWriter(config: config, content: site.content, tokens: try contactTokens(), intro: request.intro)
            .messages(for: plan, run: name, date: now)
        try DigestDelivery.write(messages, to: folder)
        var run = DigestRun(plan: plan, name: name, folder: folder, written: messages.count)
        let time = Self.timestamp(now)
        let events = messages.map { message in
            DigestEvent(time: time, kind: request.sendmail == nil ? .written : .queued, run: name, segment: segment,
                        contact: message.contact.id, messageID: message.messageID, articles: message.articles.map(\.slug), folder: shown(folder))
        }
        let published = Set(site.input.articles.map(\.slug))
        guard let sendmail = request.sendmail else {
            let rows = request.log ? try store.checkAll(events.flatMap { shares($0, segment: segment) }, publishedArticles: published, today: today) : []
            try store.recordDigest(events, activities: rows)
            (run.delivered, run.logged) = (messages.count, rows.count)
            return run
        }
        try store.recordDigest(events)
        run.toSend = events.count
        try send(events, folder: folder, sendmail: sendmail, log: request.log, published: published, into: &run)
        return run
    }

    /// Sends the run's messages not sent yet, read back from its folder byte for byte (the same
    /// Message-ID and Date), recording each.
    private func resume(_ unfinished: DigestRuns.Run, _ request: DigestRequest, sendmail: String) throws -> DigestRun {
        let folder = unfinished.folder.hasPrefix("/") ? URL(fileURLWithPath: unfinished.folder) : root.appendingPathComponent(unfinished.folder)
        var run = DigestRun(plan: nil, name: unfinished.name, folder: folder)
        run.sentBefore = unfinished.sent.count
        run.toSend = unfinished.unsent.count
        try send(unfinished.unsent, folder: folder, sendmail: sendmail, log: request.log,
                 published: request.log ? articleSlugs().published : [], into: &run)
        return run
    }

    private func send(_ events: [DigestEvent], folder: URL, sendmail: String, log: Bool, published: Set<String>, into run: inout DigestRun) throws {
        let segment = events.first?.segment ?? ""
        let outgoing = try events.map { event -> DigestDelivery.Outgoing in
            let file = folder.appendingPathComponent("\(event.contact).eml")
            guard let data = FileManager.default.contents(atPath: file.path) else {
                throw Diagnostic(file: shown(file), message: "this message of the \(segment) digest run \(event.run) is not there any more",
                                 hint: "the run cannot be resumed without its files; add --new-run to plan a new digest (who already has an article does not get it again)")
            }
            return DigestDelivery.Outgoing(contact: event.contact, eml: String(decoding: data, as: UTF8.self))
        }
        // Every row checked before the first message goes (in one pass over the contacts), so
        // that recording never fails on one; then each message's rows, in order.
        let checked = log ? try store.checkAll(events.flatMap { shares($0, segment: segment) }, publishedArticles: published, today: today) : []
        var start = 0
        let rows = events.map { event -> [Activity] in
            guard log else { return [] }
            defer { start += event.articles.count }
            return Array(checked[start..<(start + event.articles.count)])
        }
        var logged = 0
        let (sent, failure) = DigestDelivery.send(outgoing, command: sendmail) { index in
            var event = events[index]
            event.kind = .sent
            event.time = Self.timestamp(Int64(Date().timeIntervalSince1970))
            try store.recordDigest([event], activities: rows[index])
            logged += rows[index].count
        }
        run.delivered = sent
        run.logged = logged
        run.failure = failure
    }

    /// The `shared` rows of one delivered message, `via` digest.
    private func shares(_ event: DigestEvent, segment: String) -> [LedgerStore.NewActivity] {
        event.articles.map {
            LedgerStore.NewActivity(kind: .shared, contact: event.contact, ref: $0, via: .digest,
                                    date: today.day.text, note: DigestPlanner.note(segment: segment))
        }
    }

    /// RFC 3339 in UTC: `2026-12-02T20:41:07Z`.
    static func timestamp(_ instant: Int64) -> String {
        let dayNumber = Int(instant >= 0 ? instant / 86_400 : (instant - 86_399) / 86_400)
        let seconds = Int(instant - Int64(dayNumber) * 86_400)
        return ContentDate(dayNumber: dayNumber).text + String(format: "T%02d:%02d:%02dZ", seconds / 3600, seconds / 60 % 60, seconds % 60)
    }
}
