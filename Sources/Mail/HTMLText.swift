/// An HTML-only mail body as text for finding links: each link's address written beside its
/// words (`href`, not the text, says where it goes), block ends as line breaks, the common
/// entities decoded, and quoted parts (`<blockquote>`, Gmail's `gmail_quote`) as `> ` lines, so
/// that `MessageText` tells them from the writer's own words as it does in plain text.
enum HTMLText {
    static let breaking: Set<String> = ["br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "blockquote", "table"]

    static func text(_ html: String) -> String {
        var lines: [String] = []
        var line = ""
        var quoteDepth = 0
        var divQuotes: [Bool] = []  // per open div: whether it started a quote
        func endLine() {
            let trimmed = line.trimmed
            if !trimmed.isEmpty { lines.append(quoteDepth > 0 ? "> " + trimmed : trimmed) }
            line = ""
        }
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            line += decode(rest[..<open])
            guard let close = rest[open...].firstIndex(of: ">") else { rest = rest[rest.endIndex...]; break }
            let tag = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            let closing = tag.hasPrefix("/")
            let name = tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
            if name == "style" || name == "script", !closing {
                // Their content is not words.
                if let end = rest.range(of: "</\(name)", options: .caseInsensitive) { rest = rest[end.lowerBound...] }
                continue
            }
            if breaking.contains(name) { endLine() }
            switch (name, closing) {
            case ("blockquote", false): quoteDepth += 1
            case ("blockquote", true): quoteDepth = max(0, quoteDepth - 1)
            case ("div", false):
                let quote = tag.contains("gmail_quote") || tag.contains("moz-cite-prefix") || tag.contains("divRplyFwdMsg")
                divQuotes.append(quote)
                if quote { quoteDepth += 1 }
            case ("div", true):
                if divQuotes.popLast() == true { quoteDepth = max(0, quoteDepth - 1) }
            case ("a", false):
                if let href = attribute("href", in: tag) { line += " " + decode(Substring(href)) + " " }
            default: break
            }
        }
        line += decode(rest)
        endLine()
        return lines.joined(separator: "\n")
    }

    static func attribute(_ name: String, in tag: Substring) -> String? {
        guard let start = tag.range(of: name + "=", options: .caseInsensitive) else { return nil }
        var value = tag[start.upperBound...]
        if let quote = value.first, quote == "\"" || quote == "'" {
            value = value.dropFirst()
            return String(value.prefix { $0 != quote })
        }
        return String(value.prefix { !$0.isWhitespace })
    }

    static func decode(_ text: Substring) -> String {
        guard text.contains("&") else { return String(text) }
        return text.replacingEntities()
    }
}

private extension Substring {
    func replacingEntities() -> String {
        var out = ""
        var rest = self
        let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "#39": "'"]
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semicolon = after.prefix(8).firstIndex(of: ";") {
                let entity = String(after[..<semicolon])
                if let value = named[entity] {
                    out += value
                    rest = after[after.index(after: semicolon)...]
                    continue
                }
                if entity.hasPrefix("#"), let code = entity.hasPrefix("#x") ? UInt32(entity.dropFirst(2), radix: 16) : UInt32(entity.dropFirst()),
                   let scalar = Unicode.Scalar(code) {
                    out.unicodeScalars.append(scalar)
                    rest = after[after.index(after: semicolon)...]
                    continue
                }
            }
            out += "&"
            rest = after
        }
        return out + rest
    }
}
