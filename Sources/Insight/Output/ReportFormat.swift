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

    /// `report-2026-11-23.html`.
    public func fileName(asOf: String) -> String {
        "report-\(asOf).\(rawValue)"
    }
}
