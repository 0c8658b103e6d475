import Core
import Foundation
@testable import Site

/// A copy of a fixture site in a fresh temporary folder, built and read back.
struct TestSite {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    let root: URL

    /// Copies `Tests/Fixtures/<name>` (and, for `invalid/<case>`, the shared `_base`) into a temp folder.
    init(fixture name: String) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("goodwill-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        if name.hasPrefix("invalid/") {
            try Self.copyContents(of: Self.fixtures.appendingPathComponent("invalid/_base"), into: root)
        }
        try Self.copyContents(of: Self.fixtures.appendingPathComponent(name), into: root)
    }

    /// An empty site folder with only these files (path → text).
    init(files: [String: String]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("goodwill-test-\(UUID().uuidString)")
        for (path, text) in files { try write(text, to: path) }
    }

    var output: URL { root.appendingPathComponent("site") }

    func options(_ configure: (inout BuildOptions) -> Void = { _ in }) -> BuildOptions {
        var options = BuildOptions(source: root)
        options.today = Today(instant: 1_764_000_000, timeZone: TimeZone(secondsFromGMT: 0)!)  // 2025-11-24: fixed, so "future" means the same in every run
        configure(&options)
        return options
    }

    @discardableResult
    func build(_ configure: (inout BuildOptions) -> Void = { _ in }) throws -> BuildReport {
        try SiteBuilder(options: options(configure)).build()
    }

    /// The errors a build reports; fails the test's expectation if it succeeds.
    func buildErrors(_ configure: (inout BuildOptions) -> Void = { _ in }) -> [Diagnostic] {
        do {
            try build(configure)
            return []
        } catch let failure as Diagnostics {
            return failure.errors
        } catch {
            return [Diagnostic(file: "?", message: "unexpected error \(error)")]
        }
    }

    func write(_ text: String, to path: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: false, encoding: .utf8)
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path)
    }

    /// Every file under `folder` (default: the output) as relative path → bytes.
    func snapshot(of folder: URL? = nil) throws -> [String: Data] {
        let base = folder ?? output
        var files: [String: Data] = [:]
        for path in FileIO.files(under: base.path) {
            files[path] = try Data(contentsOf: base.appendingPathComponent(path))
        }
        return files
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    private static func copyContents(of source: URL, into destination: URL) throws {
        for item in try FileManager.default.contentsOfDirectory(atPath: source.path) {
            let target = destination.appendingPathComponent(item)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: target.path, isDirectory: &isDirectory), isDirectory.boolValue {
                try copyContents(of: source.appendingPathComponent(item), into: target)
            } else {
                try? FileManager.default.removeItem(at: target)
                try FileManager.default.copyItem(at: source.appendingPathComponent(item), to: target)
            }
        }
    }
}

/// Small reads of built HTML.
enum HTML {
    /// Every value of `attribute` in the text, in order.
    static func values(of attribute: String, in html: String) -> [String] {
        let pattern = try! Regex("\(attribute)=\"([^\"]*)\"")
        return html.matches(of: pattern).compactMap { $0.output[1].substring.map(String.init) }
    }

    /// Titles of the article list on a page, in order.
    static func listedArticleTitles(in html: String) -> [String] {
        let pattern = try! Regex("<h3><a href=\"[^\"]*\">([^<]*)</a></h3>")
        return html.matches(of: pattern).compactMap { $0.output[1].substring.map(String.init) }
    }
}
