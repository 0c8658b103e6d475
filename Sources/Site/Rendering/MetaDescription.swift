/// The `description` a search result or a link preview shows. Search engines cut snippets
/// near 155–160 characters, mid-word; cut here instead, at a word boundary, so the sentence
/// ends on a whole word and an ellipsis.
enum MetaDescription {
    static let limit = 155

    static func cut(_ text: String) -> String {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
        let collapsed = words.joined(separator: " ")
        guard collapsed.count > limit + 5 else { return collapsed }
        var result = ""
        for word in words {
            let next = result.isEmpty ? String(word) : result + " " + word
            if next.count > limit - 1 { break }
            result = next
        }
        if result.isEmpty { result = String(collapsed.prefix(limit - 1)) }
        while let last = result.last, ",;:–—-(".contains(last) { result.removeLast() }
        return result + "…"
    }
}
