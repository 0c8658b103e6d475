import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Changes to a site's sources as the operating system reports them: inotify on Linux, where an
/// idle preview then costs no CPU at all, where polling stats every file of the site again and
/// again (docs/performance.md).
/// Elsewhere it falls back to comparing fingerprints (`SiteWatcher`). An editor's save is often
/// several events (write, close, rename, a swap file); a burst is passed on once it has been
/// quiet for `quiet`. Each element is the changed paths, relative to the site; an empty element
/// means "anything may have changed" (the kernel's queue overflowed): rebuild everything.
enum SourceEvents {
    static let quiet: Duration = .milliseconds(25)

    static func stream(root: URL) -> AsyncStream<[String]> {
        #if os(Linux)
        if let watcher = InotifyWatcher(root: root.path) { return watcher.stream() }
        #endif
        return PollingWatcher(root: root).stream()
    }

    /// Files no build reads: editors' swap, backup and lock files, and hidden files.
    static func isNoise(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swx")
            || name.hasPrefix("#") || name == "4913"
    }
}

/// The fallback: compares `SiteWatcher` fingerprints every 200 ms.
private struct PollingWatcher {
    let root: URL

    func stream() -> AsyncStream<[String]> {
        let watcher = SiteWatcher(root: root)
        return AsyncStream { continuation in
            let task = Task {
                var seen = watcher.fingerprint()
                while !Task.isCancelled {
                    try? await Task.sleep(nanoseconds: 200_000_000)
                    let now = watcher.fingerprint()
                    guard now != seen else { continue }
                    continuation.yield(Set(now.keys).union(seen.keys).filter { now[$0] != seen[$0] }.sorted())
                    seen = now
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }
}

#if os(Linux)
/// inotify watches on the site folder (for goodwill.yml and the source folders appearing) and on
/// every folder under content/, themes/, templates/ and static/, added as folders appear. Read
/// on a thread of its own that sleeps in poll(2) until the kernel or `stop` wakes it.
private final class InotifyWatcher: @unchecked Sendable {  // safe: `folders` is used by the reading thread only, the rest are lets
    private let root: String
    private let fd: Int32
    /// Written to by `stop`, so the thread wakes and exits.
    private let wake: (read: Int32, write: Int32)
    /// Watch descriptor → folder, relative to the site ("" for the site folder). Only the reading thread uses it.
    private var folders: [Int32: String] = [:]

    private static let fileEvents = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_MODIFY)

    init?(root: String) {
        let fd = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        guard fd >= 0 else { return nil }
        var pipe: [Int32] = [0, 0]
        guard Glibc.pipe(&pipe) == 0 else {
            close(fd)
            return nil
        }
        for end in pipe {
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            _ = fcntl(end, F_SETFL, O_NONBLOCK)
        }
        self.root = root
        self.fd = fd
        self.wake = (pipe[0], pipe[1])
        guard watch("") else {
            close(fd)
            close(pipe[0])
            close(pipe[1])
            return nil
        }
        for name in SiteWatcher.watched where name != "goodwill.yml" { watchTree(name) }
    }

    func stream() -> AsyncStream<[String]> {
        AsyncStream { continuation in
            let thread = Thread { [self] in
                run { continuation.yield($0) }
                continuation.finish()
            }
            thread.name = "goodwill-watch"
            thread.start()
            continuation.onTermination = { [self] _ in stop() }
        }
    }

    private func stop() {
        var byte: UInt8 = 1
        _ = Glibc.write(wake.write, &byte, 1)
    }

    @discardableResult
    private func watch(_ folder: String) -> Bool {
        let path = folder.isEmpty ? root : root + "/" + folder
        let mask = Self.fileEvents | UInt32(IN_DELETE_SELF | IN_MOVE_SELF) | UInt32(IN_ONLYDIR)
        let descriptor = inotify_add_watch(fd, path, mask)
        guard descriptor >= 0 else { return false }
        folders[descriptor] = folder
        return true
    }

    /// Watches `folder` and every folder below it; returns the files found (a folder moved in
    /// brings files no event named).
    @discardableResult
    private func watchTree(_ folder: String) -> [String] {
        guard watch(folder) else { return [] }
        var files: [String] = []
        for name in ((try? FileManager.default.contentsOfDirectory(atPath: root + "/" + folder)) ?? []).sorted()
        where !SourceEvents.isNoise(name) {
            let path = folder + "/" + name
            var info = stat()
            guard lstat(root + "/" + path, &info) == 0 else { continue }
            if info.st_mode & S_IFMT == S_IFDIR { files += watchTree(path) } else { files.append(path) }
        }
        return files
    }

    private func run(_ emit: ([String]) -> Void) {
        defer {
            close(fd)
            close(wake.read)
            close(wake.write)
        }
        var pending: Set<String> = []
        var overflowed = false
        let quietMilliseconds = Int32(SourceEvents.quiet.components.attoseconds / 1_000_000_000_000_000)
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            var descriptors = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0), pollfd(fd: wake.read, events: Int16(POLLIN), revents: 0)]
            // Asleep until something happens; during a burst, until it has been quiet long enough.
            let ready = poll(&descriptors, 2, pending.isEmpty && !overflowed ? -1 : quietMilliseconds)
            if ready < 0 {
                if errno == EINTR { continue }
                return
            }
            if descriptors[1].revents != 0 { return }
            if ready == 0 {
                emit(overflowed ? [] : pending.sorted())
                pending.removeAll()
                overflowed = false
                continue
            }
            let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            guard count > 0 else { continue }
            buffer.withUnsafeBytes { bytes in
                var offset = 0
                while offset + MemoryLayout<inotify_event>.size <= count {
                    let event = bytes.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                    let nameStart = offset + MemoryLayout<inotify_event>.size
                    let nameBytes = bytes[nameStart..<min(count, nameStart + Int(event.len))].prefix { $0 != 0 }
                    let name = String(decoding: nameBytes, as: UTF8.self)
                    offset = nameStart + Int(event.len)
                    if event.mask & UInt32(IN_Q_OVERFLOW) != 0 {
                        overflowed = true
                        continue
                    }
                    if event.mask & UInt32(IN_IGNORED) != 0 {
                        folders[event.wd] = nil
                        continue
                    }
                    guard let folder = folders[event.wd], !name.isEmpty, !SourceEvents.isNoise(name) else { continue }
                    // In the site folder itself, only goodwill.yml and the source folders matter.
                    if folder.isEmpty, !SiteWatcher.watched.contains(name) { continue }
                    let path = folder.isEmpty ? name : folder + "/" + name
                    if event.mask & UInt32(IN_ISDIR) != 0 {
                        if event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { pending.formUnion(watchTree(path)) }
                        pending.insert(path)
                    } else {
                        pending.insert(path)
                    }
                }
            }
        }
    }
}
#endif
