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
        let asked = ["python3", "-c", "import pagefind_bin; print(pagefind_bin.get_executable())"]
        guard let (status, output) = try? run(URL(fileURLWithPath: "/usr/bin/env"), asked, errors: .nullDevice) else { return nil }
        let path = output.trimmingCharacters(in: .whitespacesAndNewlines)
        guard status == 0, !path.isEmpty, FileManager.default.isExecutableFile(atPath: path) else { return nil }
        return Pagefind(executable: URL(fileURLWithPath: path))
    }

    /// Runs `executable` to its end: its exit status and what it wrote to stdout (and to stderr,
    /// unless `errors` says where else that goes).
    private static func run(_ executable: URL, _ arguments: [String], errors: FileHandle? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = errors ?? output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// What is on an article page but not of its text: the headings' hover `#` links and the
    /// contents box, which would put "#" and every heading twice into results' excerpts.
    static let excluded = [".heading-anchor", ".toc"]

    /// What an indexing run found.
    public struct Report: Sendable, Equatable {
        public var pages: Int
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

        let arguments = ["--site", folder.path, "--output-path", fresh.path] + Self.excluded.flatMap { ["--exclude-selectors", $0] }
        let status: Int32, log: String
        do { (status, log) = try Self.run(executable, arguments) } catch {
            throw Diagnostic(file: executable.path, message: "could not run Pagefind: \(error.localizedDescription)", hint: Self.installHint)
        }
        guard status == 0 else {
            let lines = log.split(separator: "\n").filter { $0.localizedCaseInsensitiveContains("error") }.prefix(3).joined(separator: "; ")
            throw Diagnostic(file: folder.path, message: "Pagefind failed (exit \(status)): \(lines.isEmpty ? String(log.suffix(300)) : lines)",
                             hint: "run \(executable.path) --site \(folder.path) to see all it says")
        }
        if FileManager.default.fileExists(atPath: target.path) { try FileManager.default.moveItem(at: target, to: old) }
        try FileManager.default.moveItem(at: fresh, to: target)
        return Report(pages: Self.indexedPages(in: log))
    }

    /// N of "Indexed N pages" in Pagefind's summary.
    static func indexedPages(in log: String) -> Int {
        for line in log.split(separator: "\n") {
            let words = line.split(separator: " ")
            if words.count == 3, words[0] == "Indexed", words[2] == "pages", let n = Int(words[1]) { return n }
        }
        return 0
    }
}
