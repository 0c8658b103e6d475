import Foundation
import Testing

/// `goodwill report` on a real site folder, and what it may never do: land in the published site.
@Suite("goodwill report")
struct ReportCLITests {
    @Test("writes reports/report-<as-of>.html, private, in every format")
    func writes() throws {
        let site = try SuggestCLITests.site()
        defer { try? FileManager.default.removeItem(at: site) }
        for format in ["html", "md", "json"] {
            let run = try CLITests.run(["report", "--as-of", "2024-07-01", "--format", format], in: site)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout == "Wrote reports/report-2024-07-01.\(format)\n")
            let file = site.appendingPathComponent("reports/report-2024-07-01.\(format)")
            let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
            #expect(mode == 0o600)
        }
        let html = try String(contentsOf: site.appendingPathComponent("reports/report-2024-07-01.html"), encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<script") && !html.contains("src=\"http") && !html.contains("href=\"http"))
        #expect(html.contains("<svg viewBox="))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: site.appendingPathComponent("reports/report-2024-07-01.json"))) as? [String: Any]
        #expect(json?["as_of"] as? String == "2024-07-01")
    }

    @Test("privacy: a report is refused under site/, and goodwill build never copies reports/")
    func privacy() throws {
        let site = try SuggestCLITests.site()
        defer { try? FileManager.default.removeItem(at: site) }
        let refused = try CLITests.run(["report", "--output", "site/reports"], in: site)
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix("--output: error: site/reports is inside site/, which is published"))
        let absolute = try CLITests.run(["report", "--output", site.appendingPathComponent("site").path], in: site)
        #expect(absolute.status == 1)

        #expect(try CLITests.run(["report", "--as-of", "2024-07-01"], in: site).status == 0)
        #expect(try CLITests.run(["build"], in: site).status == 0)
        let built = site.appendingPathComponent("site")
        let files = FileManager.default.enumerator(atPath: built.path)?.compactMap { $0 as? String } ?? []
        #expect(!files.isEmpty)
        #expect(!files.contains { $0.contains("report") })
        for file in files where file.hasSuffix(".html") || file.hasSuffix(".xml") || file.hasSuffix(".json") {
            let text = try String(contentsOf: built.appendingPathComponent(file), encoding: .utf8)
            #expect(!text.contains("Ana Lima") && !text.contains("private note ana"), "\(file)")
        }
    }

    @Test("an access log that is missing names the file; bad lines in one are counted, not fatal")
    func accessLogs() throws {
        let site = try SuggestCLITests.site()
        defer { try? FileManager.default.removeItem(at: site) }
        let missing = try CLITests.run(["report", "--access-log", "nope.log"], in: site)
        #expect(missing.status == 1)
        #expect(missing.stderr.hasPrefix("nope.log: error: cannot open"))
        try "garbage\n1.2.3.4 - - [01/Jul/2024:10:00:00 +0000] \"GET /articles/give-first/?utm_source=x HTTP/1.1\" 200 1 \"-\" \"Mozilla/5.0\"\n"
            .write(to: site.appendingPathComponent("access.log"), atomically: true, encoding: .utf8)
        let run = try CLITests.run(["report", "--as-of", "2024-07-01", "--format", "json", "--access-log", "access.log"], in: site)
        #expect(run.status == 0, "\(run.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: site.appendingPathComponent("reports/report-2024-07-01.json"))) as? [String: Any]
        let clicks = json?["clicks"] as? [String: Any]
        #expect(clicks?["human"] as? Int == 1)
        #expect((clicks?["left_out"] as? [String: Int])?["malformed"] == 1)
    }

    @Test("a period is named in the file, so a monthly report is kept; a period that cannot hold is an error and writes nothing")
    func periods() throws {
        let site = try SuggestCLITests.site()
        defer { try? FileManager.default.removeItem(at: site) }
        let june = try CLITests.run(["report", "--as-of", "2024-07-01", "--since", "2024-06-01", "--until", "2024-06-30", "--format", "md"], in: site)
        #expect(june.status == 0, "\(june.stderr)")
        #expect(june.stdout == "Wrote reports/report-2024-06-01--2024-06-30.md\n")
        let later = try CLITests.run(["report", "--as-of", "2024-07-01", "--format", "md"], in: site)
        #expect(later.stdout == "Wrote reports/report-2024-07-01.md\n")
        let kept = try String(contentsOf: site.appendingPathComponent("reports/report-2024-06-01--2024-06-30.md"), encoding: .utf8)
        #expect(kept.contains("2024-06-01 to 2024-06-30, as of 2024-07-01"))
        #expect(kept.contains("Made by `goodwill report --as-of 2024-07-01 --since 2024-06-01 --until 2024-06-30`."))

        let reversed = try CLITests.run(["report", "--as-of", "2024-07-01", "--since", "2024-06-30", "--until", "2024-06-01"], in: site)
        #expect(reversed.status == 1)
        #expect(reversed.stderr.hasPrefix("--since: error: --since 2024-06-30 is after --until 2024-06-01"))
        let future = try CLITests.run(["report", "--as-of", "2024-07-01", "--until", "2024-07-02"], in: site)
        #expect(future.status == 1)
        #expect(future.stderr.hasPrefix("--until: error: --until 2024-07-02 is after the as-of day 2024-07-01"))
        let files = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("reports").path).sorted()
        #expect(files == ["report-2024-06-01--2024-06-30.md", "report-2024-07-01.md"])
    }

    @Test("clicks are counted in the period only")
    func clicksInPeriod() throws {
        let site = try SuggestCLITests.site()
        defer { try? FileManager.default.removeItem(at: site) }
        let visit = { (day: String) in
            "1.2.3.4 - - [\(day):10:00:00 +0000] \"GET /articles/give-first/?utm_source=x HTTP/1.1\" 200 1 \"-\" \"Mozilla/5.0\"\n"
        }
        try (visit("15/May/2024") + visit("10/Jun/2024") + visit("01/Jul/2024")).write(to: site.appendingPathComponent("access.log"), atomically: true, encoding: .utf8)
        let run = try CLITests.run(["report", "--as-of", "2024-07-01", "--since", "2024-06-01", "--until", "2024-06-30", "--format", "json",
                                    "--access-log", "access.log"], in: site, environment: ["TZ": "UTC"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: site.appendingPathComponent("reports/report-2024-06-01--2024-06-30.json"))) as? [String: Any]
        let clicks = json?["clicks"] as? [String: Any]
        #expect(clicks?["human"] as? Int == 1)  // the June visit; May's and July's are outside
        #expect((clicks?["left_out"] as? [String: Int])?["outside the period"] == 2)
    }
}
