import Core
import Crypto
import Foundation
import Markdown

/// Colours fenced code at build time with Pygments (the choice is measured in
/// docs/performance.md), into the `hljs-*` classes themes style. Each block's colours are kept
/// in the site's cache file under a hash of its language and text, made with one Pygments
/// version and one class mapping: a rebuild colours only blocks that changed, and a new
/// Pygments recolours everything. Python processes are started when the first block asks, at
/// most one per build thread, and live as long as this value (a preview keeps them).
public final class PygmentsColourer: CodeColouring, @unchecked Sendable {  // safe: every mutable field is read and written under `condition`
    private let python: String?
    private let cacheFile: URL?
    private let maxProcesses: Int
    private let condition = NSCondition()
    /// Loaded from the cache file, for the version it was made with.
    private var stored: [String: String?] = [:]
    private var storedHeader: String?
    /// Colours asked for in this build: what the cache file keeps next.
    private var used: [String: String?] = [:]
    private var idle: [PygmentsProcess] = []
    private var started = 0
    /// The header of this run's cache (Pygments' version and the mapping's); nil until a process told it.
    private var header: String?
    private var isUnavailable = false
    private var count = CodeColourCount()
    private var blocksLeftPlain = 0

    /// `cacheFile` nil keeps nothing between builds.
    public init(cacheFile: URL?, threads: Int, python: String? = PygmentsColourer.findPython()) {
        self.python = python
        self.cacheFile = cacheFile
        maxProcesses = max(1, threads)
        if let cacheFile { load(cacheFile) }
    }

    /// `GOODWILL_PYTHON`, else the first `python3` on the PATH.
    public static func findPython(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let chosen = environment["GOODWILL_PYTHON"], !chosen.isEmpty { return chosen }
        for folder in (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = "\(folder)/python3"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    public func colour(_ code: String, language: String) -> String? {
        let key = Self.key(code, language: language)
        condition.lock()
        if let known = used[key] {
            condition.unlock()
            return known
        }
        guard let process = takeProcess() else {
            blocksLeftPlain += 1
            condition.unlock()
            return nil
        }
        if let header, storedHeader == header, let known = stored[key] {
            count.fromCache += 1
            keep(known, for: key, givingBack: process)
            return known
        }
        condition.unlock()

        let coloured: String?  // nil: a language Pygments does not know, cached as such
        do {
            coloured = try process.colour(code, language: language)
        } catch {
            // A process that broke is dropped (another starts when needed) and its block is
            // written plain without being cached, so the next build asks again.
            condition.lock()
            started -= 1
            condition.signal()
            condition.unlock()
            return nil
        }
        condition.lock()
        count.coloured += 1
        keep(coloured, for: key, givingBack: process)
        return coloured
    }

    /// Records a block's colours and makes `process` free for the next thread. Called with
    /// `condition` locked; returns with it unlocked.
    private func keep(_ colours: String?, for key: String, givingBack process: PygmentsProcess) {
        used[key] = colours
        idle.append(process)
        condition.signal()
        condition.unlock()
    }

    /// Writes the colours this build used (and only those, so the file never grows past the
    /// site) when they differ from what was loaded. A cache that cannot be written costs the next
    /// build time, never its output, so failure is not an error.
    public func save() {
        condition.lock()
        defer { condition.unlock() }
        guard let cacheFile, let header, !(header == storedHeader && used.count == stored.count
                                            && used.allSatisfy({ stored[$0.key] != nil })) else { return }
        var text = header + "\n"
        for key in used.keys.sorted() {
            guard let html = used[key] ?? nil else {
                text += "\(key) -\n"
                continue
            }
            text += "\(key) \(html.utf8.count)\n" + html + "\n"
        }
        try? FileManager.default.createDirectory(at: cacheFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? DurableWrite.replace(cacheFile, with: text, permissions: 0o644, sync: false)
        stored = used
        storedHeader = header
    }

    /// Blocks coloured so far, and how. A block seen twice in one build counts once.
    public var colourCount: CodeColourCount {
        condition.lock()
        defer { condition.unlock() }
        return count
    }

    /// Said once per build when code was left plain because Pygments could not be started.
    public var warning: Diagnostic? {
        condition.lock()
        defer { condition.unlock() }
        guard blocksLeftPlain > 0 else { return nil }
        return Diagnostic(file: "goodwill.yml",
                          message: "\(blocksLeftPlain) code block\(blocksLeftPlain == 1 ? "" : "s") left without colours: Python's Pygments could not be started\(python.map { " (\($0))" } ?? " (no python3 on the PATH)")",
                          hint: "install it (Debian: apt-get install python3-pygments; or pip install pygments), point GOODWILL_PYTHON at a Python that has it, or set markdown: {highlight: false} in goodwill.yml",
                          severity: .warning)
    }

    /// A process for this thread, waiting for one when every allowed process is busy. Called
    /// and returns with `condition` locked.
    private func takeProcess() -> PygmentsProcess? {
        while true {
            if isUnavailable { return nil }
            if let process = idle.popLast() { return process }
            if started < maxProcesses, let python {
                started += 1
                condition.unlock()
                let process = PygmentsProcess(python: python)
                condition.lock()
                guard let process else {
                    isUnavailable = true
                    condition.broadcast()
                    return nil
                }
                header = "goodwill-code-colours mapping=\(PygmentsServer.mappingVersion) pygments=\(process.version)"
                return process
            }
            if python == nil { isUnavailable = true; return nil }
            condition.wait()
        }
    }

    private static func key(_ code: String, language: String) -> String {
        var hash = SHA256()
        hash.update(data: Array(language.lowercased().utf8) + [0])
        hash.update(data: Array(code.utf8))
        return hash.finalize().map { String(format: "%02x", $0) }.joined()
    }

    private func load(_ file: URL) {
        guard let bytes = try? FileIO.read(file.path) else { return }
        var index = bytes.startIndex
        func line() -> String? {
            guard let newline = bytes[index...].firstIndex(of: 10) else { return nil }
            defer { index = newline + 1 }
            return String(decoding: bytes[index..<newline], as: UTF8.self)
        }
        guard let header = line() else { return }
        var entries: [String: String?] = [:]
        while let record = line() {
            let parts = record.split(separator: " ")
            guard parts.count == 2 else { return }
            if parts[1] == "-" {
                entries[String(parts[0])] = .some(nil)
                continue
            }
            guard let length = Int(parts[1]), length >= 0, index + length < bytes.count, bytes[index + length] == 10 else { return }
            entries[String(parts[0])] = String(decoding: bytes[index..<(index + length)], as: UTF8.self)
            index += length + 1
        }
        stored = entries
        storedHeader = header
    }
}
