import Core
import Site

/// The one person a personal message is for, as the share kit needs them: plain values, so
/// Share knows nothing of the ledger's contacts.
public struct Recipient: Sendable {
    public var name: String
    /// Empty when the ledger has no email for them.
    public var email: String
    /// Their segment slugs, to say why the article fits them.
    public var segments: [String]
    /// Their private `utm_content` token.
    public var token: String

    public init(name: String, email: String = "", segments: [String], token: String) {
        self.name = name
        self.email = email
        self.segments = segments
        self.token = token
    }

    /// What a greeting calls them: honorifics such as Dr. skipped (`PersonName`).
    public var firstName: String { PersonName.first(name) }

    /// Who the article is for, in the author's words: the `description` of the first of the
    /// article's segments they are in, as a phrase ("early-stage founders selling their first
    /// deals themselves"), never the segment's internal label. Nil when no description fits.
    func audience(of article: Document, config: SiteConfig) -> String? {
        let described = article.segments.filter(segments.contains).compactMap(config.segment).first { !$0.description.isEmpty }
        guard var phrase = described?.description.trimmingCharacters(in: .whitespaces) else { return nil }
        while let last = phrase.last, ".!;:".contains(last) { phrase.removeLast() }
        // "Early-stage founders" → "early-stage founders", but "AI founders" stays as written.
        if let first = phrase.first, first.isUppercase, phrase.dropFirst().first?.isLowercase == true {
            phrase = first.lowercased() + phrase.dropFirst()
        }
        return phrase.isEmpty ? nil : phrase
    }
}
