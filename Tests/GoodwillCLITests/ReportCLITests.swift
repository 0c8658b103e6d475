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
}
