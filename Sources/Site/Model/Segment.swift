/// An audience an article serves, declared once in `goodwill.yml` (`founders`, `sales-leaders`).
public struct Segment: Sendable, Equatable, Hashable {
    public var slug: String
    public var title: String
    public var description: String
    /// Import rules: contact field (`position`, `company`, `tags`) → regular expressions; a
    /// contact matching any of them is put in this segment when imported.
    public var match: [String: [String]]

    public init(slug: String, title: String, description: String, match: [String: [String]] = [:]) {
        self.slug = slug
        self.title = title
        self.description = description
        self.match = match
    }
}
