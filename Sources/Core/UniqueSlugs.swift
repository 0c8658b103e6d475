/// Hands out unique slugs: the first `x`, then `x-<firstSuffix>`, `x-<firstSuffix + 1>`, ….
/// Heading ids count from 1 (`x`, `x-1`), as GitHub does; contact ids from 2 (the second Ana is `ana-2`).
public struct UniqueSlugs {
    private var used: Set<String>
    private let fallback: String
    private let firstSuffix: Int

    /// - Parameters:
    ///   - taken: slugs in use already, never handed out.
    ///   - fallback: the base for an empty one.
    public init(taken: Set<String> = [], fallback: String = "section", firstSuffix: Int = 1) {
        self.used = taken
        self.fallback = fallback
        self.firstSuffix = firstSuffix
    }

    public mutating func claim(_ base: String) -> String {
        let base = base.isEmpty ? fallback : base
        var candidate = base
        var counter = firstSuffix - 1
        while used.contains(candidate) {
            counter += 1
            candidate = "\(base)-\(counter)"
        }
        used.insert(candidate)
        return candidate
    }
}
