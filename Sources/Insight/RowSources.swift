import Core
import Ledger

/// How many of the rows behind a number the user typed and how many an import found, by
/// export (`linkedin`): a figure built on imports is only as good as the matching, one built
/// on typing only as good as the user's discipline, and the user should see which it is.
public struct RowSources: Sendable, Equatable {
    public var typed = 0
    /// Rows found by imports, by the export they came from.
    public var imported: [String: Int] = [:]

    public init() {}

    /// The rows dated in `days` (day numbers), all when nil.
    public init(_ activities: [Activity], days: ClosedRange<Int>? = nil) {
        for activity in activities where days.map({ $0.contains(activity.date.dayNumber) }) ?? true {
            add(activity)
        }
    }

    public mutating func add(_ activity: Activity) {
        if let source = activity.source { imported[source.origin, default: 0] += 1 } else { typed += 1 }
    }

    public var importedTotal: Int { imported.values.reduce(0, +) }
    public var total: Int { typed + importedTotal }

    /// `28 found in imports (linkedin 28), 12 typed`; nil when every row was typed.
    public var sentence: String? {
        guard importedTotal > 0 else { return nil }
        let origins = imported.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        return "\(importedTotal) found in imports (\(origins)), \(typed) typed"
    }
}
