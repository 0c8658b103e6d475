import Core
import Foundation

/// Someone named in an export: a name, and a profile URL when the export gives one (stored
/// normalised, `https://linkedin.com/in/lena-okafor`), or an email address when it is mail. Two
/// mentions are one person when their URLs (or addresses) match, or, without either, when their
/// names do.
public struct ExportPerson: Hashable, Sendable {
    public var name: String
    public let url: String
    /// Lowercased; empty unless the person came from mail.
    public let email: String
    /// What the person is known by across messages and exports: the profile URL's key, or the
    /// name (case and accents folded) when there is none. Worked out once: an export names the
    /// same few thousand people in a hundred thousand messages.
    public let identity: String

    public init(name: String, url: String) {
        self.name = name.trimmed
        self.url = ProfileURL.normalized(url)
        email = ""
        // `ProfileURL.key` of a normalised URL: normalising is idempotent, so only the case is left.
        identity = self.url.isEmpty ? "name:" + ExportPerson.folded(self.name) : self.url.lowercased()
    }

    /// Someone a mail names by address: known by it (`email:ana@example.org`).
    public init(name: String, email: String) {
        self.name = name.trimmed
        url = ""
        self.email = email.trimmed.lowercased()
        identity = "email:" + self.email
    }

    /// The person an identity names (as the unmatched list keeps it); nil for an empty one.
    public init?(identity: String, name: String) {
        if identity.hasPrefix("email:") {
            let address = String(identity.dropFirst(6))
            guard address.contains("@") else { return nil }
            self.init(name: name, email: address)
        } else if identity.hasPrefix("name:") {
            let folded = String(identity.dropFirst(5))
            guard !folded.isEmpty else { return nil }
            self.init(name: name.isEmpty ? folded : name, url: "")
        } else {
            guard ProfileURL.key(identity) != nil else { return nil }
            self.init(name: name, url: identity)
        }
    }

    static func folded(_ name: String) -> String {
        name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
