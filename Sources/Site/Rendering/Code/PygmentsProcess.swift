import Foundation

/// One long-lived Python process running `PygmentsServer.script`: started once, asked one block
/// at a time over pipes, ended when its stdin closes. Not thread-safe: `PygmentsColourer` gives
/// each process to one thread at a time.
final class PygmentsProcess {
    /// "2.20.0": what the server printed first.
    private(set) var version = ""
    private let process: Process
    private let input: FileHandle
    private let output: FileHandle
    private var buffer: [UInt8] = []

    /// Nil when no Python with Pygments can be started.
    init?(python: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", PygmentsServer.script]
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        // The child's ends, closed here so a child that exits is read as an end of file.
        try? stdin.fileHandleForReading.close()
        try? stdout.fileHandleForWriting.close()
        self.process = process
        input = stdin.fileHandleForWriting
        output = stdout.fileHandleForReading
        guard let first = readLine(), first.hasPrefix("pygments ") else {
            close()
            return nil
        }
        version = String(first.dropFirst("pygments ".count))
    }

    deinit { close() }

    /// The coloured HTML of `code`, or nil for a language Pygments does not know.
    func colour(_ code: String, language: String) throws -> String? {
        let body = Array(code.utf8)
        let header = Array("\(language)\n\(body.count)\n".utf8)
        try send(header + body)
        guard let status = readLine() else { throw CocoaError(.fileReadUnknown) }
        let parts = status.split(separator: " ")
        guard parts.count == 2, let length = Int(parts[1]) else { throw CocoaError(.fileReadCorruptFile) }
        guard parts[0] == "ok" else { return nil }
        guard let html = read(count: length) else { throw CocoaError(.fileReadUnknown) }
        return String(decoding: html, as: UTF8.self)
    }

    /// Writes `bytes` to the server. A server that has exited makes the write fail with EPIPE;
    /// the SIGPIPE that comes with it, which would end the whole build, is blocked on this
    /// thread for the write and taken off it after, so the signal's setting stays the caller's.
    private func send(_ bytes: [UInt8]) throws {
        var pipeSignal = sigset_t()
        sigemptyset(&pipeSignal)
        sigaddset(&pipeSignal, SIGPIPE)
        var previous = sigset_t()
        pthread_sigmask(SIG_BLOCK, &pipeSignal, &previous)
        defer {
            var pending = sigset_t()
            sigpending(&pending)
            if sigismember(&pending, SIGPIPE) == 1 {
                var now = timespec()
                sigtimedwait(&pipeSignal, nil, &now)
            }
            pthread_sigmask(SIG_SETMASK, &previous, nil)
        }
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Foundation.write(input.fileDescriptor, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { throw CocoaError(.fileWriteUnknown) }
            offset += written
        }
    }

    private func close() {
        try? input.close()
        if process.isRunning { process.waitUntilExit() }
    }

    private func readLine() -> String? {
        while true {
            if let newline = buffer.firstIndex(of: 10) {
                let line = String(decoding: buffer[..<newline], as: UTF8.self)
                buffer.removeSubrange(...newline)
                return line
            }
            guard fill() else { return nil }
        }
    }

    private func read(count: Int) -> [UInt8]? {
        while buffer.count < count {
            guard fill() else { return nil }
        }
        defer { buffer.removeSubrange(..<count) }
        return Array(buffer[..<count])
    }

    /// Reads what the pipe holds now (FileHandle's `read(upToCount:)` waits for the whole count).
    private func fill() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(output.fileDescriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return false }
            buffer += chunk[..<count]
            return true
        }
    }
}
