/// A heading of a rendered document, with the id written on its tag.
public struct Heading: Sendable, Equatable {
    /// 1 to 6.
    public var level: Int
    /// Unique within the document: `why-give-first`, then `why-give-first-1`, ….
    public var id: String
    /// Plain text of the heading.
    public var text: String
    /// Line in the Markdown source (1-based).
    public var line: Int
    /// The id Zola and other generators write for the same text, when it differs
    /// (`relink-don-t-rebuild` for "Relink, don't rebuild", where ours is `relink-dont-rebuild`):
    /// the heading answers to it too, so links written for the old site keep working.
    public var alternateID: String?

    public init(level: Int, id: String, text: String, line: Int) {
        self.level = level
        self.id = id
        self.text = text
        self.line = line
    }
}
