import Core
import Foundation

/// Pagefind (pagefind.app), the search index of a static site: run after the build on the
/// written HTML, it writes `pagefind/` (the index in fragments, and the JavaScript that
/// searches it in the reader's browser). Goodwill runs the binary rather than linking a library:
/// Pagefind is Rust with no C interface, and PyPI's `pagefind[bin]` ships the binary itself.
public struct Pagefind: Sendable, Equatable {
    public let executable: URL

    public init(executable: URL) {
        self.executable = executable
    }

    /// The install command a message about missing Pagefind names.
    public static let installHint = "install it with `python3 -m pip install 'pagefind[bin]'` (or put a pagefind binary on PATH), or set search: false"

    /// `pagefind_extended` or `pagefind` on PATH, else the binary of PyPI's `pagefind_bin`
    /// package (which pip installs without putting it on PATH); nil when neither is there.
    /// Looked up once per process: a build, a preview's rebuilds and a test run ask once.
    public static func installed() -> Pagefind? { found }

    private static let found: Pagefind? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            for name in ["pagefind_extended", "pagefind"] {
                let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return Pagefind(executable: candidate) }
            }
        }
        return pythonPackageBinary()
    }()

    /// `pagefind_bin.get_executable()`, asked of python3.
    private static func pythonPackageBinary() -> Pagefind? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import pagefind_bin; print(pagefind_bin.get_executable())"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let path = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard process.terminationStatus == 0, !path.isEmpty, FileManager.default.isExecutableFile(atPath: path) else { return nil }
        return Pagefind(executable: URL(fileURLWithPath: path))
    }

    /// What is on an article page but not of its text: the headings' hover `#` links and the
    /// contents box, which would put "#" and every heading twice into results' excerpts.
    static let excluded = [".heading-anchor", ".toc"]

    /// What an indexing run found.
    public struct Report: Sendable, Equatable {
        public var pages: Int
        public var words: Int
    }

    /// Indexes the built site in `folder` into `folder/pagefind/`. The index is written beside
    /// it and renamed into place, so a preview's reader never loads half an index.
    @discardableResult
    public func index(folder: URL) throws -> Report {
        let target = folder.appendingPathComponent("pagefind")
        let fresh = folder.appendingPathComponent(".pagefind.tmp-\(getpid())")
        let old = folder.appendingPathComponent(".pagefind.old-\(getpid())")
        try? FileManager.default.removeItem(at: fresh)
        defer { try? FileManager.default.removeItem(at: fresh); try? FileManager.default.removeItem(at: old) }

        let process = Process()
        process.executableURL = executable
        process.arguments = ["--site", folder.path, "--output-path", fresh.path] + Self.excluded.flatMap { ["--exclude-selectors", $0] }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        do { try process.run() } catch {
            throw Diagnostic(file: executable.path, message: "could not run Pagefind: \(error.localizedDescription)", hint: Self.installHint)
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let log = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0 else {
            let lines = log.split(separator: "\n").filter { $0.localizedCaseInsensitiveContains("error") }.prefix(3).joined(separator: "; ")
            throw Diagnostic(file: folder.path, message: "Pagefind failed (exit \(process.terminationStatus)): \(lines.isEmpty ? String(log.suffix(300)) : lines)",
                             hint: "run \(executable.path) --site \(folder.path) to see all it says")
        }
        if FileManager.default.fileExists(atPath: target.path) { try FileManager.default.moveItem(at: target, to: old) }
        try FileManager.default.moveItem(at: fresh, to: target)
        return Report(pages: Self.count("pages", in: log), words: Self.count("words", in: log))
    }

    /// N of "Indexed N pages" in Pagefind's summary.
    static func count(_ noun: String, in log: String) -> Int {
        for line in log.split(separator: "\n") {
            let words = line.split(separator: " ")
            if words.count == 3, words[0] == "Indexed", words[2] == Substring(noun), let n = Int(words[1]) { return n }
        }
        return 0
    }
}
