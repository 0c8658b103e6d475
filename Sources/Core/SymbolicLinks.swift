import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Symbolic links in the author's folders: a link that leads nowhere is left out with a warning
/// (the build goes on), and a link that leads out of the site must not publish what it reaches.
public enum SymbolicLinks {
    public enum Problem: Equatable, Sendable {
        case dangling(target: String)
        /// `a.md → b.md → a.md`: the system gives up resolving it.
        case loop
        /// A link to a folder that holds the link: walking it would never end.
        case containsItself
    }

    /// Every symbolic link under `directory` (descending into real folders only) that leads
    /// nowhere, as paths relative to `directory`, sorted.
    public static func broken(under directory: String) -> [(path: String, problem: Problem)] {
        var found: [(String, Problem)] = []
        func walk(_ relative: String) {
            let folder = relative.isEmpty ? directory : directory + "/" + relative
            for (name, kind) in FileIO.entries(in: folder) where !name.hasPrefix(".") {
                let path = relative.isEmpty ? name : relative + "/" + name
                switch kind {
                case .directory:
                    walk(path)
                case .link:
                    if let problem = problem(ofLink: directory + "/" + path) { found.append((path, problem)) }
                case .file, .other:
                    break
                }
            }
        }
        walk("")
        return found
    }

    static func problem(ofLink path: String) -> Problem? {
        var info = stat()
        if stat(path, &info) != 0 {
            if errno == ELOOP { return .loop }
            return .dangling(target: destination(of: path) ?? "?")
        }
        guard info.st_mode & S_IFMT == S_IFDIR, let target = resolved(path),
              let parent = resolved((path as NSString).deletingLastPathComponent) else { return nil }
        return parent == target || parent.hasPrefix(target + "/") ? .containsItself : nil
    }

    /// What the link at `path` says, as written.
    public static func destination(of path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// `path` with every link resolved, or nil when it cannot be.
    public static func resolved(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// A folder files must not lead out of, resolved once for all the files checked against it.
    public struct Boundary: Sendable {
        let root: String?

        public init(_ root: String) {
            self.root = SymbolicLinks.resolved(root)
        }

        /// Where `path` really is, when that is outside the folder; nil when it is inside, or
        /// cannot be resolved. Only files reached through a link can be outside.
        public func outside(_ path: String) -> String? {
            guard let root, let real = SymbolicLinks.resolved(path) else { return nil }
            return real == root || real.hasPrefix(root + "/") ? nil : real
        }
    }
}
