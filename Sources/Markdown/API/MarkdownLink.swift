/// A link or image destination found in the source, offered to the caller
/// before rendering so it can be rewritten (for example `other.md` → `/articles/other/`).
public struct MarkdownLink: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case link, image }

    public var kind: Kind
    public var destination: String
    /// An image's description (alt text), as plain text; empty for links.
    public var text: String
    /// Position in the Markdown source (1-based). Column is that of the
    /// link's opening bracket when libcmark knows it, else of its block.
    public var line: Int
    public var column: Int

    public init(kind: Kind, destination: String, text: String = "", line: Int, column: Int) {
        self.kind = kind
        self.destination = destination
        self.text = text
        self.line = line
        self.column = column
    }
}

/// What to do with a link's destination.
public enum LinkRewrite: Sendable, Equatable {
    case keep
    case replace(with: String)
    /// For an image: write `url` and the picture's size, so the page keeps its place while
    /// the picture loads.
    case image(url: String, width: Int, height: Int)
}
