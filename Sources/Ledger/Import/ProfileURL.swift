import Core

/// Profile URLs as Goodwill stores them: `http://www.linkedin.com/in/lenaokafor/?trk=x` and
/// `https://linkedin.com/in/lenaokafor` are one profile, stored as the second. The host is
/// lowercased and loses `www.`; the scheme is https; tracking queries, fragments and trailing
/// slashes go. The path keeps its case (only some sites ignore it).
enum ProfileURL {
    static func normalized(_ text: String) -> String {
        // Normalising twice must change nothing (a stored URL is compared with an imported one):
        // the fuzzer found three ways one pass was not enough.
        Normal.form(of: text, passes: 5, once)
    }

    private static func once(_ text: String) -> String {
        var rest = Substring(text.trimmed)
        guard !rest.isEmpty else { return "" }
        // One scheme only: dropping "http://" again from "https://http://…" made a stored URL
        // normalise to something else (found by fuzzing).
        let start = rest.prefix(8).lowercased()
        if let scheme = ["https://", "http://"].first(where: { start.hasPrefix($0) }) { rest = rest.dropFirst(scheme.count) }
        if let end = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) { rest = rest[..<end] }
        // Whitespace and slashes left at the end once the query is cut go too, so that a stored
        // URL normalises to itself (found by fuzzing: "x # y" was stored as "https://x ").
        while let last = rest.last, last == "/" || last.isWhitespace { rest = rest.dropLast() }
        let slash = rest.firstIndex(of: "/") ?? rest.endIndex
        var host = rest[..<slash].lowercased()
        while host.hasPrefix("www.") { host.removeFirst(4) }
        guard !host.isEmpty else { return text }
        var path = String(rest[slash...])
        if host.hasSuffix(".linkedin.com") || host == "linkedin.com" {
            // LinkedIn answers one profile on country hosts (`de.linkedin.com`) and with a
            // language segment (`/in/lena-okafor/en`): both are the profile itself.
            host = "linkedin.com"
            let parts = path.split(separator: "/", omittingEmptySubsequences: false)
            if parts.count == 4, parts[1].lowercased() == "in", parts[3].count == 2, parts[3].allSatisfy(\.isLetter) {
                path = parts.dropLast().joined(separator: "/")
            }
        }
        return "https://" + host + path
    }

    /// The key two URLs are compared by: the normalised form, in lowercase.
    static func key(_ text: String) -> String? {
        let url = normalized(text)
        return url.isEmpty ? nil : url.lowercased()
    }

    /// The network a URL key belongs to: its host, with the names one network goes by made one
    /// (`twitter.com` is `x.com`). Two profiles on one network are two people (`MatchKeys`).
    static func network(ofKey key: String) -> String {
        let rest = key.hasPrefix("https://") ? key.dropFirst(8) : Substring(key)
        let host = String(rest.prefix { $0 != "/" })
        switch host {
        case "twitter.com", "mobile.twitter.com": return "x.com"
        case "m.facebook.com": return "facebook.com"
        default: return host.hasSuffix(".linkedin.com") ? "linkedin.com" : host
        }
    }

    /// A profile as people write it: a URL, or a fediverse handle `@lena@hachyderm.io` (the
    /// profile `https://hachyderm.io/@lena`), stored normalised.
    static func profile(fromWritten text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return normalized(FediverseHandle.profileURL(trimmed) ?? trimmed)
    }
}
