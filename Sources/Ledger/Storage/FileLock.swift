import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An exclusive `flock` on a lock file, held for the duration of `body`. Every ledger
/// write takes it, so concurrent `goodwill log` processes append one at a time and an import
/// never rewrites contacts.csv under a concurrent reader's feet.
enum FileLock {
    static func withExclusiveLock<T>(at url: URL, _ body: () throws -> T) throws -> T {
        let fd = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw LedgerError(file: url.path, message: "cannot open the lock file: \(String(cString: strerror(errno)))",
                              hint: "check that network/ is writable")
        }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else {
                throw LedgerError(file: url.path, message: "cannot lock: \(String(cString: strerror(errno)))")
            }
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }
}

/// Small durable writes: a whole file replaced by rename, or one line appended and synced.
enum DurableWrite {
    /// Writes `text` to a temporary file beside `url`, syncs it and renames it over `url`:
    /// a reader sees the old file or the new one, never half of either.
    static func replace(_ url: URL, with text: String) throws {
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())")
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw failure("create", temporary) }
        do {
            try writeAll(fd, text, temporary)
            guard fsync(fd) == 0 else { throw failure("sync", temporary) }
            close(fd)
        } catch {
            close(fd)
            unlink(temporary.path)
            throw error
        }
        guard rename(temporary.path, url.path) == 0 else {
            let error = failure("replace", url)
            unlink(temporary.path)
            throw error
        }
    }

    /// Appends `text` (one or more whole lines) and syncs before returning.
    static func append(_ text: String, to url: URL) throws {
        let fd = open(url.path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw failure("open", url) }
        defer { close(fd) }
        try writeAll(fd, text, url)
        guard fsync(fd) == 0 else { throw failure("sync", url) }
    }

    private static func writeAll(_ fd: Int32, _ text: String, _ url: URL) throws {
        var text = text
        try text.withUTF8 { buffer in
            var written = 0
            while written < buffer.count {
                let count = write(fd, buffer.baseAddress! + written, buffer.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    throw failure("write", url)
                }
                written += count
            }
        }
    }

    private static func failure(_ operation: String, _ url: URL) -> LedgerError {
        LedgerError(file: url.path, message: "cannot \(operation): \(String(cString: strerror(errno)))")
    }
}
