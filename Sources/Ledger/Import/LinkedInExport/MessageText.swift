/// A message's own words and the part it quotes: a reply that pastes the earlier message, or a
/// mail program's `> ` lines and "On … wrote:" block, carries the user's link without sending it.
public struct MessageText: Sendable {
    public let own: String
    public let quoted: String

    public init(_ content: String) {
        // Most messages quote nothing: no `>` and no marker, and then every line is their own.
        guard Self.mayQuote(content) else {
            own = content
            quoted = ""
            return
        }
        var own: [Substring] = []
        var quoted: [Substring] = []
        var inQuote = false
        for bytes in content.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            var line = Substring(bytes)
            if line.utf8.last == 0x0D { line = line.dropLast() }  // a "\r\n" line end: its "\r" too
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if !inQuote, Self.startsQuote(trimmed) { inQuote = true }
            if inQuote || trimmed.hasPrefix(">") { quoted.append(line) } else { own.append(line) }
        }
        self.own = own.joined(separator: "\n")
        self.quoted = quoted.joined(separator: "\n")
    }

    /// Whether `content` has a `>` or a marker that can start a quote (`wrote:`, `-----`).
    static func mayQuote(_ content: String) -> Bool {
        let bytes = content.utf8
        if bytes.contains(0x3E) { return true }
        func has(_ marker: StaticString) -> Bool {
            marker.withUTF8Buffer { marker in
                var matched = 0
                for byte in bytes {
                    matched = byte == marker[matched] ? matched + 1 : (byte == marker[0] ? 1 : 0)
                    if matched == marker.count { return true }
                }
                return false
            }
        }
        return has("wrote:") || has("-----")
    }

    /// A line after which everything is the earlier message.
    static func startsQuote(_ line: Substring) -> Bool {
        if line.hasPrefix("-----Original Message-----") || line.hasPrefix("---------- Forwarded message") { return true }
        return line.hasPrefix("On ") && line.trimmingSuffix().hasSuffix("wrote:")
    }
}

private extension Substring {
    func trimmingSuffix() -> Substring {
        var text = self
        while let last = text.last, last == " " || last == "\r" { text = text.dropLast() }
        return text
    }
}
