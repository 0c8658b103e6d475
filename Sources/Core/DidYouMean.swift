/// "Did you mean …?" for names a writer mistyped: slugs, contact ids, config keys, kinds.
public enum DidYouMean {
    /// The closest candidates, best first, within a distance that still looks like a typo.
    public static func closest(to word: String, in candidates: [String], limit: Int = 3) -> [String] {
        let allowed = max(2, word.count / 3)
        return candidates
            .map { ($0, distance(word.lowercased(), $0.lowercased())) }
            .filter { $0.1 <= allowed || $0.0.hasPrefix(word) || word.hasPrefix($0.0) }
            .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
            .prefix(limit)
            .map(\.0)
    }

    /// `did you mean "x"? ` for the closest candidate, or "" when none is close.
    public static func hint(for word: String, in candidates: [String]) -> String {
        closest(to: word, in: candidates).first.map { "did you mean \"\($0)\"? " } ?? ""
    }

    /// Levenshtein distance over characters.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
