/// An audience an article serves, declared once in `goodwill.yml` (`founders`, `sales-leaders`).
public struct Segment: Sendable, Equatable, Hashable {
    public var slug: String
    public var title: String
    public var description: String

    public init(slug: String, title: String, description: String) {
        self.slug = slug
        self.title = title
        self.description = description
    }
}
