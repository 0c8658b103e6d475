import Core
import Foundation
import Ledger

/// The period and window a report covers.
public struct ReportOptions: Sendable {
    /// First day of the period (default: the ledger's first row).
    public var since: ContentDate?
    /// Last day of the period (default: the as-of day).
    public var until: ContentDate?
    /// Days after a share, or an introduction, in which what followed counts.
    public var windowDays = Attribution.defaultWindowDays

    public init() {}

    /// A period that holds: `since` on or before `until`, and `until` not after the as-of day —
    /// else the report would be all zeros, or count days that have not come.
    public func validate(asOf: ContentDate) throws(Diagnostic) {
        if let since, let until, since.dayNumber > until.dayNumber {
            throw Diagnostic(input: "--since", message: "--since \(since.text) is after --until \(until.text)",
                             hint: "give the first day of the period, then its last, e.g. --since 2026-11-01 --until 2026-11-30")
        }
        if let until, until.dayNumber > asOf.dayNumber {
            throw Diagnostic(input: "--until", message: "--until \(until.text) is after the as-of day \(asOf.text)",
                             hint: "a report counts what has happened: end the period on or before \(asOf.text), or pass --as-of \(until.text)")
        }
        if let since, since.dayNumber > asOf.dayNumber {
            throw Diagnostic(input: "--since", message: "--since \(since.text) is after the as-of day \(asOf.text)",
                             hint: "start the period on or before \(asOf.text)")
        }
    }
}

/// Builds the report from the ledger and the published articles with the insight rules
/// (`Attribution`, `GiveBalance`, `Cadence`); each section is a file of its own.
public enum ReportBuilder {
    public static func build(_ input: InsightInput, options: ReportOptions = ReportOptions(), clicks: ClickSummary? = nil) -> ConversationReport {
        let period = ReportPeriod(input: input, options: options)
        let index = ActivityIndex(input.ledger, articles: input.articles)
        // Conversations count up to the as-of day, so a share late in the period can still be
        // followed by one after it.
        let attribution = Attribution(index: index, windowDays: options.windowDays, asOfDay: input.asOf.dayNumber)
        let sections = ReportSections(input: input, index: index, attribution: attribution, period: period, windowDays: options.windowDays,
                                    namesakes: Namesakes(input.ledger.contacts))
        let (overdue, neverTouched) = sections.stayInTouch()
        let introductions = sections.introductions()
        var network = sections.network()
        network.introductions = introductions.count
        network.bridgeIntroductions = introductions.filter(\.isBridge).count
        var report = ConversationReport(
            asOf: input.asOf, since: options.since, until: period.until, windowDays: options.windowDays,
            articles: sections.articles(), segments: sections.segments(), giveFirst: sections.giveFirst(),
            introductions: introductions, network: network, overdue: overdue, neverTouched: neverTouched,
            reciprocity: sections.reciprocity(), clicks: clicks,
            sources: RowSources(input.ledger.activities, days: period.sinceDay...max(period.sinceDay, period.untilDay)))
        (report.conversations, report.unfollowed) = sections.conversationLists()
        report.leftOutRows = LeftOutRows.count(in: index, through: input.asOf.dayNumber)
        return report
    }
}

/// The days a report counts rows in.
struct ReportPeriod {
    let sinceDay: Int
    let untilDay: Int
    let until: ContentDate

    init(input: InsightInput, options: ReportOptions) {
        sinceDay = options.since?.dayNumber ?? Int.min
        let until = options.until.map { $0.dayNumber < input.asOf.dayNumber ? $0 : input.asOf } ?? input.asOf
        self.until = until
        untilDay = until.dayNumber
    }

    func contains(_ day: Int) -> Bool { day >= sinceDay && day <= untilDay }
}

/// What every section reads. A class: as a struct, every closure of a section (a sort's
/// comparison) copied it, retaining each array it holds, once per call.
final class ReportSections {
    let input: InsightInput
    let index: ActivityIndex
    let attribution: Attribution
    let period: ReportPeriod
    let windowDays: Int
    let namesakes: Namesakes

    init(input: InsightInput, index: ActivityIndex, attribution: Attribution, period: ReportPeriod, windowDays: Int, namesakes: Namesakes) {
        self.input = input
        self.index = index
        self.attribution = attribution
        self.period = period
        self.windowDays = windowDays
        self.namesakes = namesakes
    }

    var contacts: [Contact] { input.ledger.contacts }

    /// A contact's name as the report shows it: namesakes told apart.
    func name(_ contact: Contact) -> String { namesakes.name(of: contact) }

    /// The rows of a contact's timeline inside the period.
    func rows(ofContactAt position: Int) -> [Int] {
        index.timeline(ofContactAt: position, through: period.untilDay).map(Int.init).filter { index.days[$0] >= period.sinceDay }
    }
}
