import Core

/// What goodwill.yml says that the insight layer needs: each segment's `cadence_days`, the
/// stay-in-touch rhythm for its contacts when a contact has none of its own.
public enum InsightSettings {
    /// The settings of a segment the insight layer owns and checks.
    public static let segmentSettings = ["cadence_days", "digest_consent"]

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

    /// The segments whose `digest_consent` is `segment` (every member agreed); the other value,
    /// and the default, is `opt-in` (only contacts who opted in).
    public static func digestToWholeSegment(_ root: FrontMatterNode, file: String) throws(Diagnostic) -> Set<String> {
        guard case .table(let entries)? = root["segments"]?.value else { return [] }
        var slugs: Set<String> = []
        for (slug, segment) in entries {
            guard let node = segment["digest_consent"] else { continue }
            switch node.text {
            case "segment": slugs.insert(slug)
            case "opt-in": break
            default:
                throw Diagnostic(file: file, line: node.line, column: node.column,
                                 message: "`segments.\(slug).digest_consent` should be opt-in or segment",
                                 hint: "opt-in (the default): only contacts who opted in get the digest; segment: every contact of the segment agreed, say, by signing up to this list")
            }
        }
        return slugs
    }
}
