import Core
import Foundation
import Testing
@testable import Insight

/// Access logs in the Combined Log Format, one rule per line, counted by hand.
@Suite("Clicks from access logs")
struct ClickCounterTests {
    static let firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0"

    static func line(_ time: String, _ request: String, _ status: Int = 200, agent: String = firefox, client: String = "192.0.2.1") -> String {
        "\(client) - - [\(time) +0000] \"\(request) HTTP/1.1\" \(status) 512 \"-\" \"\(agent)\""
    }

    static let plain = [
        line("24/Nov/2026:10:00:00", "GET /articles/a/?utm_source=email&utm_content=tok-ana"),          // 1 human (ana)
        line("24/Nov/2026:11:00:00", "GET /articles/a/?utm_source=email&utm_content=tok-ana"),          // 2 repeat within 8 h
        line("24/Nov/2026:18:30:00", "GET /articles/a/?utm_source=email&utm_content=tok-ana"),          // 3 human: 8.5 h after 1
        line("24/Nov/2026:10:05:00", "HEAD /articles/a/"),                                              // 4 not a GET
        line("24/Nov/2026:10:06:00", "GET /articles/a/", 404),                                          // 5 not 2xx
        line("24/Nov/2026:10:07:00", "GET /articles/a/?utm_source=linkedin", agent: "LinkedInBot/1.0 (compatible; Mozilla/5.0)"),  // 6 preview
        line("24/Nov/2026:10:08:00", "GET /articles/b/?utm_source=slack", agent: "Slackbot-LinkExpanding 1.0"),                  // 7 preview
        "this is not a log line",                                                                       // 8 malformed
        line("24/Nov/2026:12:00:00", "GET /articles/a/?utm_source=email&utm_content=tok-ben"),          // 9 scanner …
        line("24/Nov/2026:12:00:03", "GET /articles/b/index.html?utm_source=email&utm_content=tok-ben"), // 10 … 3 s later, another link
        line("24/Nov/2026:13:00:00", "GET /about/"),                                                    // 11 not an article
    ]
    static let compressed = [
        line("25/Nov/2026:09:00:00", "GET /articles/b/?utm_source=x", agent: "Mozilla/5.0 (iPhone) Safari", client: "198.51.100.4"),  // 12 human
        line("25/Nov/2026:09:30:00", "GET /articles/b/?utm_source=x", agent: "Mozilla/5.0 (iPhone) Safari", client: "198.51.100.4"),  // 13 repeat (same client)
        line("25/Nov/2026:09:31:00", "GET /articles/b/?utm_source=x", agent: "Mozilla/5.0 (iPhone) Safari", client: "198.51.100.5"),  // 14 human
    ]

    static func summary(days: ClosedRange<Int>? = nil, timeZone: TimeZone = TimeZone(identifier: "UTC")!) throws -> ClickSummary {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("goodwill-logs-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let plainFile = folder.appendingPathComponent("access.log"), zipped = folder.appendingPathComponent("access.log.2")
        try (plain.joined(separator: "\n") + "\n").write(to: plainFile, atomically: true, encoding: .utf8)
        try (compressed.joined(separator: "\n") + "\n").write(to: zipped, atomically: true, encoding: .utf8)
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gzip.arguments = [zipped.path]
        try gzip.run()
        gzip.waitUntilExit()
        let counter = ClickCounter(articles: [("/articles/a/", "a", "Article A"), ("/articles/b/", "b", "Article B")],
                                   contacts: [("tok-ana", "ana", "Ana Lima"), ("tok-ben", "ben", "Ben Okoro")])
        return try counter.count(files: [plainFile.path, zipped.path + ".gz"], days: days, timeZone: timeZone)
    }

    @Test("likely-human and raw counts, and every left-out line by reason")
    func counts() throws {
        let summary = try Self.summary()
        #expect(summary.linesRead == 14)
        #expect(summary.total == .init(human: 4, raw: 12))  // lines 1, 3, 12, 14 of the 12 article requests
        #expect(summary.scannerHits == 2)
        let leftOut = Dictionary(uniqueKeysWithValues: summary.leftOut.map { ($0.reason, $0.lines) })
        #expect(leftOut == ["a repeat within 8 hours": 2, "not a GET (HEAD)": 1, "not answered 2xx": 1, "a bot or link preview": 2,
                            "a mail scanner (several links within seconds)": 2, "malformed": 1, "not an article": 1])
    }

    @Test("a period counts only its days' visits, on the user's calendar east and west of UTC")
    func period() throws {
        let november25 = ContentDate(parsing: "2026-11-25")!.dayNumber
        // UTC: lines 12–14 are on the 25th (12 and 14 human, 13 a repeat); the other ten article and
        // non-article lines are outside; line 8 is still malformed.
        let utc = try Self.summary(days: november25...november25)
        #expect(utc.total == .init(human: 2, raw: 3))
        #expect(Dictionary(uniqueKeysWithValues: utc.leftOut.map { ($0.reason, $0.lines) })["outside the period"] == 10)
        // Tokyo (UTC+9): line 3 (18:30 UTC on the 24th) is 03:30 on the 25th, and with lines 1–2 outside
        // it is no repeat: 3 human of 4.
        let tokyo = try Self.summary(days: november25...november25, timeZone: TimeZone(identifier: "Asia/Tokyo")!)
        #expect(tokyo.total == .init(human: 3, raw: 4))
        // Los Angeles (UTC−8): 09:00 UTC on the 25th is 01:00 the same day; the 24th's lines stay the 24th.
        let losAngeles = try Self.summary(days: november25...november25, timeZone: TimeZone(identifier: "America/Los_Angeles")!)
        #expect(losAngeles.total == .init(human: 2, raw: 3))
    }

    @Test("per platform and, through the private token, per contact")
    func breakdowns() throws {
        let summary = try Self.summary()
        let platforms = Dictionary(uniqueKeysWithValues: summary.byPlatform.map { ($0.key, $0.counts) })
        #expect(platforms == ["email": .init(human: 2, raw: 5), "x": .init(human: 2, raw: 3), "(none)": .init(human: 0, raw: 2),
                              "linkedin": .init(human: 0, raw: 1), "slack": .init(human: 0, raw: 1)])
        #expect(summary.byContact.map(\.key) == ["ana", "ben"])
        #expect(summary.byContact.map(\.counts) == [.init(human: 2, raw: 3), .init(human: 0, raw: 2)])
        #expect(summary.byArticle.map(\.key) == ["a", "b"])
    }

    @Test("a line's time zone is applied, and a bad line is skipped, never fatal")
    func parsing() {
        let line = AccessLogLine("1.2.3.4 - - [10/Oct/2026:13:55:36 -0700] \"GET /x?y=1 HTTP/1.1\" 200 12 \"-\" \"A \\\"quoted\\\" agent\"")
        #expect(line?.time == 1_791_665_736)  // 2026-10-10T20:55:36Z
        #expect(line?.target == "/x?y=1")
        #expect(line?.userAgent == "A \"quoted\" agent")
        #expect(AccessLogLine("1.2.3.4 - - [99/Foo/2026:13:55:36 -0700] \"GET / HTTP/1.1\" 200 1 \"-\" \"-\"") == nil)
        #expect(AccessLogLine("") == nil)
    }

    @Test("numbers are digits only: a signed status or an hour of twenty digits is a malformed line, not a trap",
          arguments: ["1.2.3.4 - - [10/Oct/2026:13:55:36 -0700] \"GET / HTTP/1.1\" -5120 1 \"-\" \"-\"",
                      "1.2.3.4 - - [10/Oct/2026:13:55:36 -0700] \"GET / HTTP/1.1\" +200 1 \"-\" \"-\"",
                      "1.2.3.4 - - [10/Oct/2026:99999999999999999999:55:36 -0700] \"GET / HTTP/1.1\" 200 1 \"-\" \"-\"",
                      "1.2.3.4 - - [10/Oct/2026:13:55:36 -9999999999999999999] \"GET / HTTP/1.1\" 200 1 \"-\" \"-\"",
                      "1.2.3.4 - - [-1/Oct/2026:13:55:36 -0700] \"GET / HTTP/1.1\" 200 1 \"-\" \"-\""])
    func strictNumbers(line: String) {
        #expect(AccessLogLine(Substring(line)) == nil)
    }

    @Test("inputs the fuzzer found (Tests/Fixtures/fuzz/access-log) parse without a trap, every status 100-599")
    func fuzzRegressions() throws {
        for input in try FuzzRegressions.inputs("access-log") {
            for line in String(decoding: input, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
                if let parsed = AccessLogLine(line) { #expect((100...599).contains(parsed.status)) }
            }
        }
    }
}
