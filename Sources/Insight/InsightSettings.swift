import Core

/// What goodwill.yml says that the insight layer needs: each segment's `cadence_days`, the
/// stay-in-touch rhythm for its contacts when a contact has none of its own.
public enum InsightSettings {
    /// The settings of a segment the insight layer owns and checks.
    public static let segmentSettings = ["cadence_days"]

    /// Segment slug → cadence in days, read from `segments:` of the whole parsed file.
    public static func segmentCadences(_ root: FrontMatterNode, file: String) throws(Diagnostic) -> [String: Int] {
        guard case .table(let entries)? = root["segments"]?.value else { return [:] }
        var cadences: [String: Int] = [:]
        for (slug, segment) in entries {
            guard let node = segment["cadence_days"] else { continue }
            guard case .integer(let days) = node.value, days > 0 else {
                throw Diagnostic(file: file, line: node.line, column: node.column,
                                 message: "`segments.\(slug).cadence_days` should be a whole number of days above 0",
                                 hint: "write e.g. cadence_days: 30")
            }
            cadences[slug] = days
        }
        return cadences
    }
}
