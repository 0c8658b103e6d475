import Core
import Foundation

/// Counts visits to article URLs in access logs. A visit is a `GET` answered 2xx, from neither a
/// bot nor a link-preview fetcher (crawlers, and the preview fetchers of LinkedIn, Facebook, X,
/// Slack, …), counted once per token — or, without one, per client — and path per 8 hours. The
/// same token opening several different links within 10 seconds is a mail scanner following
/// every link of a message: those hits are counted apart. Malformed lines are counted and
/// skipped, never fatal. No client address leaves this type.
public struct ClickCounter {
    static let repeatSeconds: Int64 = 8 * 3600
    static let scannerSeconds: Int64 = 10

    /// Substrings of user agents that are not a person reading (lowercased).
    static let robots = ["bot", "crawl", "spider", "slurp", "facebookexternalhit", "facebot", "linkedinbot", "twitterbot",
                         "slackbot", "slack-imgproxy", "discord", "whatsapp", "telegram", "embedly", "preview", "skypeuri",
                         "mastodon", "bluesky", "cardyb", "curl", "wget", "python-requests", "go-http-client", "headless",
                         "lighthouse", "pingdom", "uptime", "monitor", "feedfetcher", "scanner"]

    let articlesByPath: [String: (slug: String, title: String)]
    let contactsByToken: [String: (id: String, name: String)]

    /// - Parameters:
    ///   - articles: (URL path, slug, title) of each published article.
    ///   - contacts: (token, id, name) of each contact.
    public init(articles: [(path: String, slug: String, title: String)], contacts: [(token: String, id: String, name: String)]) {
        var byPath: [String: (String, String)] = [:]
        for article in articles { byPath[article.path] = (article.slug, article.title) }
        articlesByPath = byPath
        var byToken: [String: (String, String)] = [:]
        for contact in contacts { byToken[contact.token] = (contact.id, contact.name) }
        contactsByToken = byToken
    }

    private struct Hit {
        var line: AccessLogLine
        var article: String
        var platform: String
        var token: String?
        var order: Int
    }

    /// Counts the requests of `files`; with `days` (day numbers on the user's calendar), only
    /// those made on those days — a November report counts November's visits — and the rest as
    /// left out, "outside the period".
    public func count(files: [String], days: ClosedRange<Int>? = nil, timeZone: TimeZone = .current) throws -> ClickSummary {
        var summary = ClickSummary()
        summary.files = files
        var leftOut: [String: Int] = [:]
        var hits: [Hit] = []
        for file in files {
            for text in try AccessLogFile.lines(of: file) {
                summary.linesRead += 1
                guard let line = AccessLogLine(text) else { leftOut["malformed", default: 0] += 1; continue }
                if let days, !days.contains(ContentDate(dayOf: line.time, timeZone: timeZone).dayNumber) {
                    leftOut["outside the period", default: 0] += 1
                    continue
                }
                let (path, query) = Self.split(line.target)
                guard let article = articlesByPath[path] ?? articlesByPath[path + "/"] ?? articlesByPath[Self.withoutIndex(path)] else {
                    leftOut["not an article", default: 0] += 1
                    continue
                }
                let parameters = Self.parameters(query)
                hits.append(Hit(line: line, article: article.slug, platform: parameters["utm_source"] ?? "(none)",
                                token: parameters["utm_content"], order: hits.count))
            }
        }
        hits.sort { ($0.line.time, $0.order) < ($1.line.time, $1.order) }

        var platforms: [String: ClickSummary.Counts] = [:]
        var contacts: [String: ClickSummary.Counts] = [:]
        var articles: [String: ClickSummary.Counts] = [:]
        func record(_ hit: Hit, human: Bool) {
            let contact = hit.token.flatMap { contactsByToken[$0]?.id }
            summary.total.raw += 1
            platforms[hit.platform, default: .init()].raw += 1
            articles[hit.article, default: .init()].raw += 1
            if let contact { contacts[contact, default: .init()].raw += 1 }
            guard human else { return }
            summary.total.human += 1
            platforms[hit.platform, default: .init()].human += 1
            articles[hit.article, default: .init()].human += 1
            if let contact { contacts[contact, default: .init()].human += 1 }
        }

        let scanners = Self.scannerHits(hits)
        var lastCounted: [String: Int64] = [:]
        for (position, hit) in hits.enumerated() {
            let line = hit.line
            let reason: String?
            if line.method != "GET" {
                reason = "not a GET (\(line.method))"
            } else if !(200...299).contains(line.status) {
                reason = "not answered 2xx"
            } else if Self.isRobot(line.userAgent) {
                reason = "a bot or link preview"
            } else if scanners.contains(position) {
                summary.scannerHits += 1
                reason = "a mail scanner (several links within seconds)"
            } else {
                let key = (hit.token.map { "t:" + $0 } ?? "c:" + line.client) + " " + hit.article
                if let last = lastCounted[key], line.time - last < Self.repeatSeconds {
                    reason = "a repeat within 8 hours"
                } else {
                    lastCounted[key] = line.time
                    reason = nil
                }
            }
            if let reason { leftOut[reason, default: 0] += 1 }
            record(hit, human: reason == nil)
        }

        summary.byPlatform = platforms.map { ClickSummary.Row(key: $0.key, label: $0.key, counts: $0.value) }.sorted(by: Self.busiest)
        let names = Dictionary(contactsByToken.values.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let titles = Dictionary(articlesByPath.values.map { ($0.slug, $0.title) }, uniquingKeysWith: { first, _ in first })
        summary.byContact = contacts.map { ClickSummary.Row(key: $0.key, label: names[$0.key] ?? $0.key, counts: $0.value) }
            .sorted(by: Self.busiest)
        summary.byArticle = articles.map { ClickSummary.Row(key: $0.key, label: titles[$0.key] ?? $0.key, counts: $0.value) }
            .sorted(by: Self.busiest)
        summary.leftOut = leftOut.map { ClickSummary.LeftOut(reason: $0.key, lines: $0.value) }.sorted { ($0.lines, $1.reason) > ($1.lines, $0.reason) }
        return summary
    }

    static func busiest(_ a: ClickSummary.Row, _ b: ClickSummary.Row) -> Bool {
        (a.counts.human, a.counts.raw, b.key) > (b.counts.human, b.counts.raw, a.key)
    }

    /// Positions of hits from a token that opened a different article within `scannerSeconds`.
    private static func scannerHits(_ hits: [Hit]) -> Set<Int> {
        var byToken: [String: [Int]] = [:]
        for (position, hit) in hits.enumerated() where hit.line.method == "GET" {
            if let token = hit.token { byToken[token, default: []].append(position) }
        }
        var scanners: Set<Int> = []
        for positions in byToken.values where positions.count > 1 {
            for (i, a) in positions.enumerated() {
                for b in positions[(i + 1)...] {
                    guard hits[b].line.time - hits[a].line.time <= scannerSeconds else { break }
                    if hits[b].article != hits[a].article { scanners.formUnion([a, b]) }
                }
            }
        }
        return scanners
    }

    static func isRobot(_ userAgent: String) -> Bool {
        let agent = userAgent.lowercased()
        return agent.isEmpty || agent == "-" || robots.contains { agent.contains($0) }
    }

    static func split(_ target: String) -> (path: String, query: Substring) {
        guard let mark = target.firstIndex(of: "?") else { return (target, "") }
        return (String(target[..<mark]), target[target.index(after: mark)...])
    }

    static func withoutIndex(_ path: String) -> String {
        path.hasSuffix("/index.html") ? String(path.dropLast("index.html".count)) : path
    }

    static func parameters(_ query: Substring) -> [String: String] {
        var values: [String: String] = [:]
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            guard let key = parts.first else { continue }
            let value = parts.count > 1 ? String(parts[1]) : ""
            values[String(key)] = value.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? value
        }
        return values
    }
}
