import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Small durable writes: a whole file replaced by rename, or whole lines appended and synced.
/// Used wherever losing a file would lose the author's work (the ledger, the preview's pages).
/// Failures are thrown as a `Diagnostic` naming the file.
public enum DurableWrite {
    /// Writes `text` to a temporary file beside `url`, syncs it and renames it over `url`:
    /// a reader sees the old file or the new one, never half of either.
    public static func replace(_ url: URL, with text: String, permissions: mode_t = 0o600, sync: Bool = true) throws {
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())")
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, permissions)
        guard fd >= 0 else { throw FileIO.failure("create", temporary.path) }
        do {
            try FileIO.writeAll(fd, text, path: temporary.path)
            if sync, fsync(fd) != 0 { throw FileIO.failure("sync", temporary.path) }
            close(fd)
        } catch {
            close(fd)
            unlink(temporary.path)
            throw error
        }
        guard rename(temporary.path, url.path) == 0 else {
            let error = FileIO.failure("replace", url.path)
            unlink(temporary.path)
            throw error
        }
    }

    /// Appends `text` (one or more whole lines) and syncs before returning. A file that does
    /// not end with a line break (a last row typed by hand without one, or a write cut short)
    /// gets one first, so the new lines never run on into it. Callers hold the file's lock.
    ///
    /// All or nothing: when a write or the sync fails part-way (a full disk writes up to the last
    /// free block, then fails), the file is cut back to its old length, so no half row is left for
    /// a reader to take as valid, nor for a retry to follow.
    public static func append(_ text: String, to url: URL) throws {
        let fd = open(url.path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw FileIO.failure("open", url.path) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw FileIO.failure("stat", url.path) }
        let oldLength = info.st_size
        var last: UInt8 = 0x0A
        if oldLength > 0, pread(fd, &last, 1, off_t(oldLength - 1)) != 1 { throw FileIO.failure("read", url.path) }
        do {
            try FileIO.writeAll(fd, last == 0x0A ? text : "\n" + text, path: url.path)
            guard fsync(fd) == 0 else { throw FileIO.failure("sync", url.path) }
        } catch {
            // Truncating frees blocks, so it works on a full disk too.
            if ftruncate(fd, oldLength) == 0 { _ = fsync(fd) }
            throw error
        }
    }
}
