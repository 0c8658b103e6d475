import Foundation

/// Notices changes to a site's sources by comparing a fingerprint (every file's path, size and
/// modification time) of the folders a build reads. Polling needs no platform API; it is the
/// fallback where inotify is missing, since each poll stats every file of the site.
struct SiteWatcher {
    static let watched = ["content", "themes", "templates", "static", "goodwill.yml"]

    let root: URL

    func fingerprint() -> [String: String] {
        var marks: [String: String] = [:]
        let manager = FileManager.default
        for name in Self.watched {
            let url = root.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: url.path, isDirectory: &isDirectory) else { continue }
            if !isDirectory.boolValue {
                marks[name] = Self.mark(url.path)
                continue
            }
            guard let enumerator = manager.enumerator(atPath: url.path) else { continue }
            while let relative = enumerator.nextObject() as? String {
                let path = url.path + "/" + relative
                marks[name + "/" + relative] = Self.mark(path)
            }
        }
        return marks
    }

    private static func mark(_ path: String) -> String {
        var info = stat()
        guard stat(path, &info) == 0 else { return "gone" }
        return "\(info.st_size):\(info.st_mtim.tv_sec):\(info.st_mtim.tv_nsec)"
    }
}
