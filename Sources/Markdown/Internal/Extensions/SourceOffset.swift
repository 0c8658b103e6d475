/// Where a piece of Markdown parsed on its own (a table cell, a footnote's body) starts in
/// the file's Markdown, so its links are reported at their real position.
struct SourceOffset {
    var line = 1
    var column = 1

    static let start = SourceOffset()

    /// The file position of a position inside the piece.
    func position(line pieceLine: Int, column pieceColumn: Int) -> (line: Int, column: Int) {
        (line + pieceLine - 1, pieceLine == 1 ? column + pieceColumn - 1 : pieceColumn)
    }
}
