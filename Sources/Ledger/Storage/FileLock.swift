import Core
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
            throw Diagnostic(file: url.path, message: "cannot open the lock file: \(String(cString: strerror(errno)))",
                              hint: "check that network/ is writable")
        }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else {
                throw Diagnostic(file: url.path, message: "cannot lock: \(String(cString: strerror(errno)))")
            }
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }
}
