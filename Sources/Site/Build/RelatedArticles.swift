import Core
import Foundation

/// The articles that end each article (`related:`): those sharing its segments and tags, each
/// shared one weighted by how rare it is on the site, so that a tag on half the site says little
/// and one on three articles says much; equal scores go to the newer article.
///
/// With `include_newer: false` (the default, as in Hugo) only older articles are suggested, so
/// publishing an article never changes the pages already out.
struct RelatedArticles: Sendable {
    /// One suggestion: the article's index in the plan's list (newest first) and why it is there.
    struct Suggestion: Sendable, Equatable {
        let article: Int
        let reason: String
    }

    /// Suggestions per article, in the order of the plan's articles.
    let suggestions: [[Suggestion]]

    /// What an article shares with another, as keys: one namespace for segments, one for tags,
    /// so a segment and a tag of the same name stay apart.
    private enum Key: Hashable {
        case segment(String)
        case tag(String)
    }

    init(articles: [RenderedDocument], config: SiteConfig, threads: Int) {
        let settings = config.related
        guard settings.limit > 0, articles.count > 1 else {
            suggestions = Array(repeating: [], count: articles.count)
            return
        }
        let keysOfArticle: [[Key]] = articles.map { article in
            var seen = Set<Key>()
            let keys = article.document.segments.map(Key.segment) + article.document.tags.map { Key.tag(TagKey.make($0)) }
            return keys.filter { seen.insert($0).inserted }
        }
        // Article indices per key, ascending (newest first), so "older only" is a suffix.
        var lists: [Key: [Int]] = [:]
        for (index, keys) in keysOfArticle.enumerated() {
            for key in keys { lists[key, default: []].append(index) }
        }
        let postings = lists
        // Inverse document frequency, log(N / df), in whole millionths: integer sums are exact,
        // so two articles that share the same things always tie and the newer one wins.
        let total = Double(articles.count)
        let weights = postings.mapValues { Int((log(total / Double($0.count)) * 1_000_000).rounded()) }
        let names = Self.names(articles: articles, config: config)

        let batches = max(1, min(articles.count, threads * 8))
        let computed = Parallel.map(Array(0..<batches), threads: threads) { batch -> [(Int, [Suggestion])] in
            // One score per article, reused across this batch's articles: touched ones are reset.
            var scores = [Int](repeating: 0, count: articles.count)
            var touched: [Int] = []
            var results: [(Int, [Suggestion])] = []
            for index in stride(from: batch, to: articles.count, by: batches) {
                for key in keysOfArticle[index] {
                    let weight = weights[key] ?? 0
                    guard weight > 0, let list = postings[key] else { continue }
                    let start = settings.includeNewer ? 0 : Self.firstIndex(after: index, in: list)
                    for other in list[start...] where other != index {
                        if scores[other] == 0 { touched.append(other) }
                        scores[other] += weight
                    }
                }
                let best = Self.top(settings.limit, of: touched, scores: scores)
                results.append((index, best.map { other in
                    Suggestion(article: other, reason: Self.reason(shared: keysOfArticle[index].filter { keysOfArticle[other].contains($0) },
                                                                   weights: weights, names: names))
                }))
                for other in touched { scores[other] = 0 }
                touched.removeAll(keepingCapacity: true)
            }
            return results
        }
        var suggestions = Array(repeating: [Suggestion](), count: articles.count)
        for (index, list) in computed.joined() { suggestions[index] = list }
        self.suggestions = suggestions
    }

    /// The position in `list` (ascending) of the first index greater than `index`.
    private static func firstIndex(after index: Int, in list: [Int]) -> Int {
        var low = 0, high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle] <= index { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The `limit` best of `candidates`: higher score first, then newer (lower index).
    private static func top(_ limit: Int, of candidates: [Int], scores: [Int]) -> [Int] {
        var best: [Int] = []
        for candidate in candidates {
            let position = best.firstIndex { scores[candidate] > scores[$0] || (scores[candidate] == scores[$0] && candidate < $0) } ?? best.count
            guard position < limit else { continue }
            best.insert(candidate, at: position)
            if best.count > limit { best.removeLast() }
        }
        return best
    }

    /// "also for Founders · pricing": the shared segments, then the shared tags, rarest first
    /// within each, at most three names in all.
    private static func reason(shared: [Key], weights: [Key: Int], names: [Key: String]) -> String {
        let ranked = shared.filter { (weights[$0] ?? 0) > 0 }.enumerated().sorted {
            let (left, right) = (weights[$0.element] ?? 0, weights[$1.element] ?? 0)
            return left != right ? left > right : $0.offset < $1.offset
        }.map(\.element)
        let segments = ranked.compactMap { key -> String? in if case .segment = key { return names[key] } else { return nil } }
        let tags = ranked.compactMap { key -> String? in if case .tag = key { return names[key] } else { return nil } }
        let shown = Array((segments + tags).prefix(3))
        let segmentCount = min(segments.count, shown.count)
        let segmentPart = segmentCount > 0 ? "also for " + shown.prefix(segmentCount).joined(separator: ", ") : nil
        let tagNames = shown.dropFirst(segmentCount)
        let tagPart = tagNames.isEmpty ? nil : (segmentPart == nil ? "also about " : "") + tagNames.joined(separator: " · ")
        return [segmentPart, tagPart].compactMap { $0 }.joined(separator: " · ")
    }

    /// Segment titles from goodwill.yml; a tag's name as its newest article writes it.
    private static func names(articles: [RenderedDocument], config: SiteConfig) -> [Key: String] {
        var names: [Key: String] = [:]
        for segment in config.segments { names[.segment(segment.slug)] = segment.title }
        for article in articles {
            for tag in article.document.tags where names[.tag(TagKey.make(tag))] == nil { names[.tag(TagKey.make(tag))] = tag }
        }
        return names
    }
}
