import Core
import Foundation
import Insight
import Ledger
import Share
import Site

/// What `goodwill suggest` is asked for; `contact` and `segment` are checked against the ledger
/// and goodwill.yml.
public struct SuggestRequest: Sendable {
    public var contact: String?
    public var segment: String?
    public var limit = 10
    public var perContact = 1
    /// Suggestions at most for cold contacts (nothing in the ledger with them yet).
    public var cold = SuggestionOptions().cold

    public init() {}
}

/// What `goodwill report` is asked for.
public struct ReportRequest: Sendable {
    public var format: ReportFormat = .html
    /// The folder the report goes into (never the published site).
    public var folder = "reports"
    public var since: ContentDate?
    public var until: ContentDate?
    public var windowDays = ReportOptions().windowDays
    /// Access logs (plain or gzip) to count clicks from.
    public var accessLogs: [String] = []

    public init() {}
}

extension Workspace {
    /// The ledger and the articles published as of today's day, read once.
    public func insight() throws -> InsightSite {
        try InsightSite.load(content: try content(), store: store, asOf: today.day)
    }

    /// Whom to give which article next, each with a ready message and its tokened link, and
    /// whom to introduce to whom.
    public func suggest(_ request: SuggestRequest) throws -> SuggestionPlan {
        let site = try insight()
        var options = SuggestionOptions()
        options.limit = request.limit
        options.perContact = request.perContact
        options.cold = request.cold
        if let contact = request.contact { options.contact = try site.input.ledger.requireContact(contact).id }
        if let segment = request.segment { options.segment = try requireSegment(segment).slug }
        var plan = Suggester.suggest(site.input, options: options)
        if !plan.suggestions.isEmpty {
            let template = try MessageTemplate.load(siteRoot: root, config: config)
            SuggestionMessages(config: config, content: site.content, tokens: try contactTokens(), template: template)
                .fill(&plan, ledger: site.input.ledger)
        }
        IntroductionMessage.fill(&plan, ledger: site.input.ledger, author: config.author.name)
        return plan
    }

    /// Writes the private report into `request.folder` and returns the file written.
    public func report(_ request: ReportRequest) throws -> URL {
        var options = ReportOptions()
        options.windowDays = request.windowDays
        options.since = request.since
        options.until = request.until
        try options.validate(asOf: today.day)
        let folder = try PrivateOutput.folder(request.folder, siteRoot: root)
        let site = try insight()
        var clicks: ClickSummary?
        if !request.accessLogs.isEmpty {
            let tokens = try contactTokens()
            clicks = try ClickCounter(content: site.content, asOf: today.day, contacts: site.input.ledger.contacts.map { ($0.id, $0.name) },
                                      token: tokens.token(for:))
                .count(files: request.accessLogs, days: (request.since?.dayNumber ?? Int.min)...(request.until ?? today.day).dayNumber)
        }
        let report = ReportBuilder.build(site.input, options: options, clicks: clicks)
        let file = folder.appendingPathComponent(request.format.fileName(since: report.since?.text, until: report.until.text))
        try DurableWrite.replace(file, with: request.format.render(report, siteTitle: config.title))
        return file
    }
}
