import Foundation

/// A Mastodon (fediverse) account as `@user@host`: what `fediverse:creator` carries, so that
/// Mastodon 4.3 and later show the author under a link's preview, and what the ledger accepts
/// for a contact's profile (`https://host/@user`).
public enum FediverseHandle {
    /// `@user@host` from `@user@host`, `user@host` or `https://host/@user`; nil for anything else.
    public static func normalized(_ written: String) -> String? {
        let text = written.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("https://") {
            let rest = text.dropFirst("https://".count).split(separator: "/", omittingEmptySubsequences: true)
            guard rest.count == 2, rest[1].hasPrefix("@") else { return nil }
            return checked(user: String(rest[1].dropFirst()), host: String(rest[0]))
        }
        let parts = (text.hasPrefix("@") ? text.dropFirst() : Substring(text)).split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        return checked(user: String(parts[0]), host: String(parts[1]))
    }

    /// `https://host/@user` for `@user@host`; nil for anything that is not a handle (no user,
    /// a host without a dot, a path).
    public static func profileURL(_ handle: String) -> String? {
        guard handle.hasPrefix("@") else { return nil }
        let parts = handle.dropFirst().split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].contains("/") else { return nil }
        return "https://\(parts[1])/@\(parts[0])"
    }

    /// Mastodon user names are letters, digits and `_`; a host has a dot and no spaces.
    private static func checked(user: String, host: String) -> String? {
        guard !user.isEmpty, user.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." || $0 == "-" }),
              host.contains("."), !host.hasPrefix("."), !host.hasSuffix("."),
              host.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == ":" })
        else { return nil }
        return "@\(user)@\(host.lowercased())"
    }
}
