/// How a build's code blocks got their colours: asked of Pygments, or read from the cache.
/// A rebuild that changed no code asks nothing (`coloured` 0).
public struct CodeColourCount: Sendable, Equatable {
    public var coloured = 0
    public var fromCache = 0

    public init(coloured: Int = 0, fromCache: Int = 0) {
        self.coloured = coloured
        self.fromCache = fromCache
    }
}
