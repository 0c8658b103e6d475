import Core

/// Where an imported row came from, kept in activity.csv's `source` column and in
/// `network/imported.csv`: `linkedin:2023-06-11T15:33:58Z:9f86d081884c7d65` — the export, the
/// message's instant, and a hash of what makes the message that message (its conversation,
/// sender, text and, for a share, the recipient). The same message in a newer export gives the
/// same key, so an import adds only what it has not seen, and a row the user removed stays removed.
public struct SourceKey: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let text: String

    public init?(_ text: String) {
        let trimmed = text.trimmed
        guard !trimmed.isEmpty else { return nil }
        self.text = trimmed
    }

    /// The key of a row an import found: `<origin>:<instant in UTC>:<hash of parts>`, the parts
    /// being what makes the message that message (and, for a share, the person and article).
    public static func found(origin: String, instant: Int64, parts: [String]) -> SourceKey {
        SourceKey(origin + ":" + ContentDate(instant: instant, timeZone: .utc).text + ":" + StableHash.hex(parts.joined(separator: "\u{1F}")))!
    }

    /// The export it came from: `linkedin`.
    public var origin: String { String(text.prefix { $0 != ":" }) }

    public var description: String { text }

    public static func < (lhs: SourceKey, rhs: SourceKey) -> Bool { lhs.text < rhs.text }
}
