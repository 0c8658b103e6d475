import Core
import Foundation

/// Setup left undone, which nothing else would report: a `base_url` still at a placeholder
/// (shares and feeds would carry dead links), and `goodwill init`'s sample bio and article still
/// in place. Warnings, not errors: a new site should build.
public enum SetupWarnings {
    /// The code of the warning that `base_url` is still a placeholder, which `share` repeats.
    public static let placeholderBaseURL = Diagnostic.Code(rawValue: "placeholder-base-url")

    static let placeholderHosts = ["example.com", "example.org", "example.net", "localhost", "127.0.0.1"]

    public static func check(_ config: SiteConfig, siteRoot: URL) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        let file = ConfigLoader.fileName
        let host = config.host.lowercased()
        if placeholderHosts.contains(where: { host == $0 || host.hasSuffix("." + $0) }) {
            let node = config.document["base_url"]
            warnings.append(Diagnostic(file: file, line: node?.line, column: node?.column,
                                       message: "base_url is still a placeholder (\(config.baseURL)): shared links and feeds will point nowhere",
                                       hint: "set it to the address the site is published at", severity: .warning)
                .coded(Self.placeholderBaseURL))
        }
        if config.author.bio == SiteScaffold.placeholderBio {
            let node = config.document["author"]?["bio"]
            warnings.append(Diagnostic(file: file, line: node?.line, column: node?.column,
                                       message: "author.bio is still goodwill init's sample", hint: "say in a line who you are and whom you help",
                                       severity: .warning))
        }
        let sample = "content/articles/give-first.md"
        if let data = FileManager.default.contents(atPath: siteRoot.appendingPathComponent(sample).path),
           String(decoding: data, as: UTF8.self).contains(SiteScaffold.placeholderArticleText) {
            warnings.append(Diagnostic(file: sample, message: "this is still goodwill init's sample article",
                                       hint: "write your own, or delete the file", severity: .warning))
        }
        return warnings
    }
}
