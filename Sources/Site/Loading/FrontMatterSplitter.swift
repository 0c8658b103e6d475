import Core

/// Finds the front matter block at the start of a file by scanning bytes, so the
/// body can go to libcmark without being copied into a `String` first.
public struct FrontMatterBlock: Sendable, Equatable {
    public enum Syntax: Sendable, Equatable { case yaml, toml }

    public var syntax: Syntax?
    /// The text between the fences (empty when there is no front matter).
    public var text: String
    /// File line of the first line inside the fences.
    public var firstLine: Int
    /// Byte offset where the Markdown body starts.
    public var bodyOffset: Int
    /// File line where the Markdown body starts.
    public var bodyLine: Int
}

public enum FrontMatterSplitter {
    /// Splits `bytes`. A file that opens a fence (`---` or `+++`) and never closes it is
    /// an error: guessing where the front matter ends would publish half of it.
    public static func split(_ bytes: UnsafeRawBufferPointer, file: String) throws(Diagnostic) -> FrontMatterBlock {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }  // UTF-8 BOM

        guard let (fence, syntax) = openingFence(bytes, at: start) else {
            return FrontMatterBlock(syntax: nil, text: "", firstLine: 1, bodyOffset: start, bodyLine: 1)
        }
        var lineStart = lineEnd(bytes, from: start) + 1
        let contentStart = lineStart
        var line = 2
        while lineStart <= bytes.count {
            let end = lineEnd(bytes, from: lineStart)
            if isFence(bytes, from: lineStart, to: end, fence: fence) {
                let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[contentStart..<lineStart]), as: UTF8.self)
                let bodyOffset = min(end + 1, bytes.count)
                return FrontMatterBlock(syntax: syntax, text: text, firstLine: 2, bodyOffset: bodyOffset, bodyLine: line + 1)
            }
            if end >= bytes.count { break }
            lineStart = end + 1
            line += 1
        }
        let fenceText = String(decoding: fence, as: UTF8.self)
        throw Diagnostic(file: file, line: 1, column: 1,
                        message: "front matter opened with \(fenceText) is never closed",
                        hint: "add a line with only \(fenceText) after the last front matter key")
    }

    private static let yamlFence = Array("---".utf8)
    private static let tomlFence = Array("+++".utf8)

    private static func openingFence(_ bytes: UnsafeRawBufferPointer, at start: Int) -> ([UInt8], FrontMatterBlock.Syntax)? {
        let end = lineEnd(bytes, from: start)
        if isFence(bytes, from: start, to: end, fence: yamlFence) { return (yamlFence, .yaml) }
        if isFence(bytes, from: start, to: end, fence: tomlFence) { return (tomlFence, .toml) }
        return nil
    }

    /// Index of the `\n` ending the line that starts at `from`, or `bytes.count`.
    private static func lineEnd(_ bytes: UnsafeRawBufferPointer, from: Int) -> Int {
        var index = from
        while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
        return index
    }

    /// A fence line is the fence alone, allowing trailing spaces and a `\r`.
    private static func isFence(_ bytes: UnsafeRawBufferPointer, from: Int, to end: Int, fence: [UInt8]) -> Bool {
        guard end - from >= fence.count else { return false }
        for (offset, byte) in fence.enumerated() where bytes[from + offset] != byte { return false }
        var index = from + fence.count
        while index < end {
            let byte = bytes[index]
            guard byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") else { return false }
            index += 1
        }
        return true
    }
}
