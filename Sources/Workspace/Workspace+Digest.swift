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

    public init(segment: String) {
        self.segment = segment
    }
}

/// What a digest run did, step by step, so the command can say each step and then the failure.
public struct DigestRun: Sendable {
    public var plan: DigestPlan
    public var messages: [DigestMessage]
    public var folder: URL
    /// Messages the sendmail command took (every message when none was given).
    public var delivered: [DigestMessage]
    /// Rows logged, when asked.
    public var logged = 0
    /// Why sending stopped, after `delivered` were sent and logged.
    public var failure: Diagnostic?
}

extension Workspace {
    /// Who would get which articles, and who is skipped and why; nothing is written.
    public func digestPlan(_ request: DigestRequest) throws -> DigestPlan {
        try digestPlan(request, site: try insight())
    }

    private func digestPlan(_ request: DigestRequest, site: InsightSite) throws -> DigestPlan {
        var options = DigestOptions(segment: try requireSegment(request.segment).slug)
        options.limit = request.limit
        options.since = request.since
        options.contacts = try request.contacts.map { try site.input.ledger.requireContact($0).id }
        return DigestPlanner.plan(site.input, options: options)
    }

    /// Writes one message per recipient, sends them when asked, and logs what was delivered.
    public func digest(_ request: DigestRequest) throws -> DigestRun {
        // Both checked before reading a ledger of a million rows (the plan checks the segment again).
        _ = try DigestWriter.authorAddress(config)
        _ = try requireSegment(request.segment)
        let site = try insight()
        let plan = try digestPlan(request, site: site)
        let messages = try DigestWriter(config: config, content: site.content, tokens: try contactTokens(), intro: request.intro)
            .messages(for: plan)
        let folder = try PrivateOutput.folder(request.output ?? "reports/digests/\(request.segment)/\(today.day.text)", siteRoot: root)
        try DigestDelivery.write(messages, to: folder)
        var run = DigestRun(plan: plan, messages: messages, folder: folder, delivered: messages)
        if let sendmail = request.sendmail {
            (run.delivered, run.failure) = DigestDelivery.send(messages, command: sendmail)
        }
        if request.log, !run.delivered.isEmpty {
            let rows = run.delivered.flatMap { message in
                message.articles.map {
                    LedgerStore.NewActivity(kind: .shared, contact: message.contact.id, ref: $0.slug, via: .digest,
                                            date: today.day.text, note: DigestPlanner.note(segment: request.segment))
                }
            }
            try store.appendAll(rows, publishedArticles: Set(site.input.articles.map(\.slug)), today: today)
            run.logged = rows.count
        }
        return run
    }
}
