import Core

/// Adding and forgetting a contact's addresses and profiles by hand (`contacts edit --add-email`).
/// Emails compare without case, profiles as `ProfileURL` keys; the first of each is the primary.
extension Contact {
    public mutating func addEmail(_ email: String) {
        let email = email.trimmingCharacters(in: .whitespaces)
        guard !email.isEmpty, !emails.contains(where: { $0.lowercased() == email.lowercased() }) else { return }
        if self.email.isEmpty { self.email = email } else { otherEmails.append(email) }
    }

    public mutating func removeEmail(_ email: String) {
        let email = email.trimmingCharacters(in: .whitespaces).lowercased()
        let kept = emails.filter { $0.lowercased() != email }
        self.email = kept.first ?? ""
        otherEmails = Array(kept.dropFirst())
    }

    /// A URL, or a fediverse handle `@lena@hachyderm.io`, stored normalised.
    public mutating func addURL(_ written: String) {
        let url = ProfileURL.profile(fromWritten: written)
        guard let key = ProfileURL.key(url), !urls.contains(where: { ProfileURL.key($0) == key }) else { return }
        if self.url.isEmpty { self.url = url } else { otherURLs.append(url) }
    }

    public mutating func removeURL(_ written: String) {
        let key = ProfileURL.key(ProfileURL.profile(fromWritten: written))
        let kept = urls.filter { ProfileURL.key($0) != key }
        url = kept.first ?? ""
        otherURLs = Array(kept.dropFirst())
    }
}
