/// The lines of a Markdown source, for the extensions that read raw text (a table's cells keep
/// their pipes and escapes, which libcmark's inline parse of the paragraph has already spent).
struct SourceLines {
    private let bytes: [UInt8]
    /// Byte range of each line, without its line break; index 0 is line 1.
    private var ranges: [Range<Int>] = []

    init(_ source: UnsafeRawBufferPointer) {
        bytes = Array(source)
        var start = 0
        var index = 0
        while index < bytes.count {
            if bytes[index] == 10 {
                let end = index > start && bytes[index - 1] == 13 ? index - 1 : index
                ranges.append(start..<end)
                start = index + 1
            }
            index += 1
        }
        if start < bytes.count { ranges.append(start..<bytes.count) }
    }

    var count: Int { ranges.count }

    /// Line `number` (1-based) from byte column `column` (1-based); empty past the end.
    func line(_ number: Int, fromColumn column: Int = 1) -> ArraySlice<UInt8> {
        guard number >= 1, number <= ranges.count else { return [] }
        let range = ranges[number - 1]
        let start = min(range.upperBound, range.lowerBound + max(0, column - 1))
        return bytes[start..<range.upperBound]
    }

    /// The byte offset where line `number` starts, for columns measured from the line's start.
    func start(of number: Int) -> Int {
        guard number >= 1, number <= ranges.count else { return bytes.count }
        return ranges[number - 1].lowerBound
    }
}
