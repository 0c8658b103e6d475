/// "Did you mean …?" for names a writer mistyped: slugs, contact ids, config keys, kinds.
public enum DidYouMean {
    /// The closest candidates, best first, within a distance that still looks like a typo.
    public static func closest(to word: String, in candidates: [String], limit: Int = 3) -> [String] {
        let allowed = max(2, word.count / 3)
        let lowered = Array(word.lowercased())
        var close: [(String, Int)] = []
        for candidate in candidates {
            if candidate.hasPrefix(word) || word.hasPrefix(candidate) {
                close.append((candidate, distance(lowered, Array(candidate.lowercased()), cutoff: Int.max)))
            } else if let distance = distanceWithin(allowed, lowered, candidate) {
                close.append((candidate, distance))
            }
        }
        return close.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(limit).map(\.0)
    }

    /// The distance when it is at most `allowed`, else nil; candidates whose lengths alone differ
    /// by more are skipped without computing it (a ledger can ask this for thousands of slugs).
    private static func distanceWithin(_ allowed: Int, _ word: [Character], _ candidate: String) -> Int? {
        guard abs(candidate.count - word.count) <= allowed else { return nil }
        let found = distance(word, Array(candidate.lowercased()), cutoff: allowed)
        return found <= allowed ? found : nil
    }

    /// `did you mean "x"? ` for the closest candidate, or "" when none is close.
    public static func hint(for word: String, in candidates: [String]) -> String {
        closest(to: word, in: candidates).first.map { "did you mean \"\($0)\"? " } ?? ""
    }

    /// Levenshtein distance over characters.
    static func distance(_ a: String, _ b: String) -> Int {
        distance(Array(a), Array(b), cutoff: Int.max)
    }

    /// Levenshtein distance, or any number above `cutoff` as soon as every path exceeds it.
    static func distance(_ a: [Character], _ b: [Character], cutoff: Int) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            if cutoff != Int.max, current.min()! > cutoff { return cutoff + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
