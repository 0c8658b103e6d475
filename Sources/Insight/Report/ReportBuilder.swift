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
        let sections = ReportSections(input: input, index: index, attribution: attribution, period: period, windowDays: options.windowDays)
        let (overdue, neverTouched) = sections.stayInTouch()
        return ConversationReport(
            asOf: input.asOf, since: options.since, until: period.until, windowDays: options.windowDays,
            articles: sections.articles(), segments: sections.segments(), giveFirst: sections.giveFirst(),
            introductions: sections.introductions(), network: sections.network(), overdue: overdue, neverTouched: neverTouched,
            reciprocity: sections.reciprocity(), clicks: clicks,
            sources: RowSources(input.ledger.activities, days: period.sinceDay...max(period.sinceDay, period.untilDay)))
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

/// What every section reads.
struct ReportSections {
    let input: InsightInput
    let index: ActivityIndex
    let attribution: Attribution
    let period: ReportPeriod
    let windowDays: Int

    var contacts: [Contact] { input.ledger.contacts }

    /// The rows of a contact's timeline inside the period.
    func rows(ofContactAt position: Int) -> [Int] {
        index.timeline(ofContactAt: position, through: period.untilDay).map(Int.init).filter { index.days[$0] >= period.sinceDay }
    }
}
