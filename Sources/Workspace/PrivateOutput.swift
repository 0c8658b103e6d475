import Core
import Foundation

/// Where private outputs (suggestions, reports) may be written: anywhere but the site's output,
/// which is published. Relative paths are relative to the site folder.
public enum PrivateOutput {
    public static func file(_ path: String, siteRoot: URL) throws -> URL {
        let url = try checked(path, siteRoot: siteRoot)
        try FileIO.makeDirectories(url.deletingLastPathComponent().path, mode: 0o700)
        return url
    }

    public static func folder(_ path: String, siteRoot: URL) throws -> URL {
        let url = try checked(path, siteRoot: siteRoot)
        try FileIO.makeDirectories(url.path, mode: 0o700)
        return url
    }

    /// `path` checked as a private output folder, not created.
    public static func checkedFolder(_ path: String, siteRoot: URL) throws -> URL {
        try checked(path, siteRoot: siteRoot)
    }

    private static func checked(_ path: String, siteRoot: URL) throws -> URL {
        let url = (path.hasPrefix("/") ? URL(fileURLWithPath: path) : siteRoot.appendingPathComponent(path)).standardizedFileURL
        let published = siteRoot.appendingPathComponent("site").standardizedFileURL.path
        if url.path == published || url.path.hasPrefix(published + "/") {
            throw Diagnostic(input: "output", message: "\(path) is inside site/, which is published",
                             hint: "write private outputs under reports/")
        }
        return url
    }
}
