/// The ways `goodwill report` writes the report: one self-contained HTML page, the same as
/// Markdown text, or JSON with the same numbers for scripts.
public enum ReportFormat: String, CaseIterable, Sendable {
    case html, md, json

    public func render(_ report: ConversationReport, siteTitle: String) -> String {
        switch self {
        case .html: return ReportHTML.page(report, siteTitle: siteTitle)
        case .md: return ReportMarkdown.text(report, siteTitle: siteTitle)
        case .json: return ReportJSON.text(report)
        }
    }

    /// Named by its period, so a monthly report is not replaced by a later run of another
    /// period: `report-2026-11-23.html` for everything up to a day, `report-2026-11-01--2026-11-30.html`
    /// for a period that starts on a day.
    public func fileName(since: String?, until: String) -> String {
        "report-\(since.map { "\($0)--" } ?? "")\(until).\(rawValue)"
    }
}
