import Core
import Site

/// The `share:` section of goodwill.yml, owned and read by the share kit:
/// `share: {kit: false, mastodon_instance: "hachyderm.io"}`.
public struct ShareSettings: Sendable, Equatable {
    /// Whether the build writes the public share kit (`/share/<slug>/`); `goodwill share`
    /// works either way. The benchmark turns it off so goodwill and Hugo build the same pages.
    public var kit = true
    /// Where the Mastodon share link opens the composer.
    public var mastodonInstance = "mastodon.social"

    public static let section = "share"
    static let settings = ["kit", "mastodon_instance"]

    public init() {}

    /// Reads `share:`; a key it does not know, or a value of the wrong kind, is an error at its line.
    public static func parse(_ config: SiteConfig) throws(Diagnostic) -> ShareSettings {
        var settings = ShareSettings()
        guard let node = config.document[section] else { return settings }
        let file = ConfigLoader.fileName
        guard case .table = node.value else {
            throw Diagnostic(file: file, line: node.line, column: node.column, message: "`share` must be a table of settings",
                             hint: "write share: {kit: false}")
        }
        if let problem = node.unknownKeys(known: Self.settings, section: section, file: file).first { throw problem }
        if let kit = node["kit"] {
            guard case .bool(let enabled) = kit.value else {
                throw Diagnostic(file: file, line: kit.line, column: kit.column, message: "`share.kit` should be true or false",
                                 hint: "write kit: false to turn the share kit off")
            }
            settings.kit = enabled
        }
        if let instance = node["mastodon_instance"] {
            guard let text = instance.text, !text.isEmpty else {
                throw Diagnostic(file: file, line: instance.line, column: instance.column,
                                 message: "`share.mastodon_instance` should be a host name", hint: "write e.g. mastodon_instance: hachyderm.io")
            }
            settings.mastodonInstance = text
        }
        return settings
    }
}
