/// A message's own words and the part it quotes: a reply that pastes the earlier message, or a
/// mail program's `> ` lines and "On … wrote:" block, carries the user's link without sending it.
struct MessageText {
    let own: String
    let quoted: String

    init(_ content: String) {
        var own: [Substring] = []
        var quoted: [Substring] = []
        var inQuote = false
        for line in content.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if !inQuote, Self.startsQuote(trimmed) { inQuote = true }
            if inQuote || trimmed.hasPrefix(">") { quoted.append(line) } else { own.append(line) }
        }
        self.own = own.joined(separator: "\n")
        self.quoted = quoted.joined(separator: "\n")
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
