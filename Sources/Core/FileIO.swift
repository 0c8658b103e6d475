import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Plain POSIX reads and writes: on the build's hot path Foundation's file APIs cost several
/// times as much (docs/performance.md).
public enum FileIO {
    /// The failure of a system call on `path`, in words: `cannot create site/x.html: No space left on device`.
    public static func failure(_ operation: String, _ path: String, code: Int32 = errno) -> Diagnostic {
        Diagnostic(file: path, message: "cannot \(operation): \(String(cString: strerror(code)))")
    }

    public static func read(_ path: String) throws(Diagnostic) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw failure("open", path) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw failure("stat", path) }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var total = 0
        while total < bytes.count {
            let count = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + total, $0.count - total) }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure("read", path)
            }
            if count == 0 { break }
            total += count
        }
        if total < bytes.count { bytes.removeSubrange(total...) }
        return bytes
    }

    /// `mode` applies to a file created here (private outputs pass 0o600).
    public static func write(_ bytes: UnsafeRawBufferPointer, to path: String, mode: mode_t = 0o644) throws(Diagnostic) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard fd >= 0 else { throw failure("create", path) }
        defer { close(fd) }
        try writeAll(fd, bytes, path: path)
    }

    /// Throws a `Diagnostic`.
    public static func write(_ text: String, to path: String, mode: mode_t = 0o644) throws {
        var text = text
        try text.withUTF8 { try write(UnsafeRawBufferPointer($0), to: path, mode: mode) }
    }

    /// Writes every byte to an open file, going on after interrupted or partial writes.
    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws(Diagnostic) {
        var written = 0
        while written < bytes.count {
            let count = Glibc.write(fd, bytes.baseAddress! + written, bytes.count - written)
            if count < 0 {
                if errno == EINTR { continue }
                throw failure("write", path)
            }
            written += count
        }
    }

    static func writeAll(_ fd: Int32, _ text: String, path: String) throws {
        var text = text
        try text.withUTF8 { try writeAll(fd, UnsafeRawBufferPointer($0), path: path) }
    }

    /// `mkdir -p`; `mode` applies to the folders created here (private outputs pass 0o700).
    public static func makeDirectories(_ path: String, mode: mode_t = 0o755) throws(Diagnostic) {
        if mkdir(path, mode) == 0 || errno == EEXIST { return }
        guard errno == ENOENT else { throw failure("create the folder", path) }
        let parent = (path as NSString).deletingLastPathComponent
        guard !parent.isEmpty, parent != path else { throw failure("create the folder", path) }
        try makeDirectories(parent, mode: mode)
        if mkdir(path, mode) != 0 && errno != EEXIST { throw failure("create the folder", path) }
    }

    /// What is at `path`: nothing, a directory, or something else (a file). `stat` directly:
    /// content discovery asks this of every entry of `content/`.
    public enum Entry { case missing, directory, file }

    public static func entry(at path: String) -> Entry {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        return (info.st_mode & S_IFMT) == S_IFDIR ? .directory : .file
    }

    /// What a folder entry is, as the directory itself says (`d_type`), without a `stat`.
    public enum EntryKind: Sendable { case directory, file, link, other }

    /// The entries of `directory` but `.` and `..`, sorted by name, each with its kind: one
    /// `readdir` pass, where FileManager's listing adds a `stat` per entry. Entries whose type
    /// the file system does not say are
    /// `lstat`ed. Empty when the folder cannot be read.
    public static func entries(in directory: String) -> [(name: String, kind: EntryKind)] {
        guard let stream = opendir(directory) else { return [] }
        defer { closedir(stream) }
        var entries: [(name: String, kind: EntryKind)] = []
        while let entry = readdir(stream) {
            // Read in place, up to its NUL: a record is only as long as its name, so copying the
            // whole 256-byte `d_name` reads past the last one (AddressSanitizer caught it).
            let name = withUnsafePointer(to: &entry.pointee.d_name) { field in
                field.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: field.pointee)) { String(cString: $0) }
            }
            guard name != ".", name != ".." else { continue }
            let kind: EntryKind
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): kind = .directory
            case Int32(DT_REG): kind = .file
            case Int32(DT_LNK): kind = .link
            case Int32(DT_UNKNOWN): kind = lstatKind(directory + "/" + name)
            default: kind = .other
            }
            entries.append((name, kind))
        }
        return entries.sorted { $0.name < $1.name }
    }

    private static func lstatKind(_ path: String) -> EntryKind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .other }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return .file
        case S_IFLNK: return .link
        default: return .other
        }
    }

    /// Regular files below `directory`, as sorted relative paths, hidden ones left out.
    public static func files(under directory: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: directory + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(relative)
            }
        }
        return files.sorted()
    }
}
