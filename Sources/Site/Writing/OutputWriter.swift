import Core
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a build into a staging folder beside the output and swaps it in only when
/// every file is written: a failed or interrupted build never leaves a half-written site.
public final class OutputWriter: @unchecked Sendable {  // safe: what changes is changed under `lock`
    public let output: URL
    /// The staging folder files are written to.
    public let staging: URL
    /// `staging.path`, made once: every write starts from it.
    private let stagingPath: String
    private let lock = NSLock()
    private var createdDirectories: Set<String> = []
    private var count = 0

    public init(output: URL) throws {
        self.output = output.standardizedFileURL
        let parent = self.output.deletingLastPathComponent()
        try FileIO.makeDirectories(parent.path)
        self.staging = parent.appendingPathComponent(".\(self.output.lastPathComponent).tmp-\(getpid())")
        self.stagingPath = staging.path
        Self.removeAbandoned(beside: self.output)
        try? FileManager.default.removeItem(at: staging)
        try FileIO.makeDirectories(stagingPath)
    }

    /// Number of files written so far.
    public var filesWritten: Int { lock.withLock { count } }

    /// Writes `bytes` at `relativePath` inside the staging folder. Safe to call from many threads.
    public func write(_ bytes: UnsafeRawBufferPointer, to relativePath: String) throws {
        // The last guard of "nothing is written outside the output": every path is checked where
        // it comes from (slugs, aliases, bundle and static files), and again here.
        if relativePath.isEmpty || relativePath.hasPrefix("/") || relativePath == ".." || relativePath.hasPrefix("../")
            || relativePath.hasSuffix("/..") || Self.containsParentStep(relativePath) {
            throw Diagnostic(file: relativePath, message: "refusing to write outside the output folder",
                             hint: "this is a bug in Goodwill or a contributor: please report the input that led here")
        }
        let path = stagingPath + "/" + relativePath
        try ensureDirectory(of: path)
        try FileIO.write(bytes, to: path)
        lock.withLock { count += 1 }
    }

    /// "/../" inside the path, on bytes (Foundation's `contains` goes through CFString, once per
    /// file of the site).
    static func containsParentStep(_ path: String) -> Bool {
        var matched = 0  // how much of "/../" the bytes so far end with
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "/"):
                if matched == 3 { return true }
                matched = 1
            case UInt8(ascii: "."):
                matched = matched == 1 || matched == 2 ? matched + 1 : 0
            default:
                matched = 0
            }
        }
        return false
    }

    public func write(_ text: String, to relativePath: String) throws {
        var text = text
        try text.withUTF8 { try write(UnsafeRawBufferPointer($0), to: relativePath) }
    }

    public func copy(file source: String, to relativePath: String) throws {
        let bytes = try FileIO.read(source)
        try bytes.withUnsafeBytes { try write($0, to: relativePath) }
    }

    /// Moves the staging folder into place. The old output, if any, is moved aside first and
    /// removed last, so at every moment one complete site exists on disk.
    public func commit() throws {
        let fileManager = FileManager.default
        if fileManager.fileExists(atPath: output.path) {
            let aside = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).old-\(getpid())")
            try? fileManager.removeItem(at: aside)
            guard rename(output.path, aside.path) == 0 else { throw FileIO.failure("move aside", output.path) }
            guard rename(staging.path, output.path) == 0 else {
                let code = errno
                _ = rename(aside.path, output.path)
                throw FileIO.failure("move into place", output.path, code: code)
            }
            try? fileManager.removeItem(at: aside)
        } else {
            guard rename(staging.path, output.path) == 0 else { throw FileIO.failure("move into place", output.path) }
        }
    }

    /// Staging and set-aside folders (`.site.tmp-<pid>`, `.site.old-<pid>`) left by builds that
    /// were killed: their process is gone, so nothing will finish or remove them but this.
    static func removeAbandoned(beside output: URL) {
        let parent = output.deletingLastPathComponent()
        let prefixes = [".\(output.lastPathComponent).tmp-", ".\(output.lastPathComponent).old-"]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? [] {
            guard let prefix = prefixes.first(where: name.hasPrefix), let pid = Int32(name.dropFirst(prefix.count)), pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH {
                try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
            }
        }
    }

    /// Removes the staging folder after a failure; the old output is untouched.
    public func discard() {
        try? FileManager.default.removeItem(at: staging)
    }

    private func ensureDirectory(of path: String) throws {
        // The part before the last `/`, found on bytes (NSString's path methods bridge each call).
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return }
        let directory = String(path[..<slash])
        if lock.withLock({ createdDirectories.contains(directory) }) { return }
        try FileIO.makeDirectories(directory)
        lock.withLock { _ = createdDirectories.insert(directory) }
    }
}
