import Core
import Foundation
import Ledger
import Testing
@testable import Workspace

/// The application layer, called as the commands call it, on a copy of the example site.
@Suite("The workspace: one site opened once, every operation a typed call")
struct WorkspaceTests {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func site() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("goodwill-workspace-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for item in ["goodwill.yml", "content", "network", "static"] {
            try FileManager.default.copyItem(at: repoRoot.appendingPathComponent(item), to: folder.appendingPathComponent(item))
        }
        return folder
    }

    /// 2026-12-02T17:00:00Z, which is 02:00 on the 3rd in Tokyo.
    static let tokyo = Today(instant: 1_796_230_800, timeZone: TimeZone(identifier: "Asia/Tokyo")!)

    @Test("log dates relative days from the injected day, not from the clock")
    func injectedDay() throws {
        let root = try Self.site()
        defer { try? FileManager.default.removeItem(at: root) }
        let workspace = try Workspace(root: root, today: Self.tokyo)
        #expect(try workspace.log(.init(kind: .helped, contact: "lena-okafor", date: "today")).activity.date.text == "2026-12-03")
        #expect(try workspace.log(.init(kind: .met, contact: "lena-okafor", date: "-2d")).activity.date.text == "2026-12-01")
        do {
            try workspace.log(.init(kind: .met, contact: "lena-okafor", date: "2026-12-04"))
            Issue.record("a day after the injected one was accepted")
        } catch let problem as Diagnostic {
            // A module's problem names its field; the command names the argument.
            #expect(problem.description == "date: error: 2026-12-04 is in the future — log what has happened; leave --date out for today")
            #expect(problem.naming(["date": "--date"]).description.hasPrefix("--date: error: 2026-12-04 is in the future"))
        }
    }

    @Test("an undeclared segment is one error, with the closest and the declared segments")
    func undeclaredSegment() throws {
        let root = try Self.site()
        defer { try? FileManager.default.removeItem(at: root) }
        let workspace = try Workspace(root: root, today: Self.tokyo)
        #expect(throws: Diagnostic(input: "segment", message: "no segment \"founder\" is declared in goodwill.yml",
                                   hint: "did you mean \"founders\"? declared: founders, sales-leaders, consultants")) {
            try workspace.requireSegment("founder")
        }
        var request = SuggestRequest()
        request.segment = "founder"
        #expect(throws: Diagnostic.self) { try workspace.suggest(request) }
        #expect(throws: Diagnostic.self) { try workspace.digestPlan(DigestRequest(segment: "founder")) }
    }

    @Test("check reads the content once for the site's rules and the ledger's article refs")
    func checkOnce() throws {
        let root = try Self.site()
        defer { try? FileManager.default.removeItem(at: root) }
        let workspace = try Workspace(root: root, today: Self.tokyo)
        let outcome = try workspace.check(includeDrafts: false)
        #expect(outcome.errors.isEmpty, "\(outcome.errors)")
        #expect(outcome.articles == 8)
        // The content read for the check is the one every later operation of this workspace sees.
        let first = workspace.contentReportingAll().content.articles.map(\.sourcePath)
        try FileManager.default.removeItem(at: root.appendingPathComponent("content/articles/who-knows-you.md"))
        #expect(workspace.contentReportingAll().content.articles.map(\.sourcePath) == first)
    }
}
