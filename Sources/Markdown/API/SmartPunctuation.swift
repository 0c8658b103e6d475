import Ccmark

/// Curly quotes, dashes and ellipses in plain text (a title or a summary from front matter), by
/// libcmark's own smart-punctuation rules, so a title reads as the article's text does:
/// "Relink, don’t rebuild" above a paragraph that says "don’t".
public enum SmartPunctuation {
    /// Everything libcmark could read as markup is escaped except what smart punctuation reads
    /// (`'`, `"`, `-`, `.`); the text is then one paragraph, whatever it starts with.
    public static func apply(to text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x27 || $0 == 0x22 || $0 == 0x2D || $0 == 0x2E }) else { return text }
        // `&#32;` first: a title that starts "- " or "1. " is not a list, and a quote that opens
        // the title still opens (after punctuation, not a letter).
        var source = "&#32;"
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r": source += " "
            case "'", "\"", "-", ".": source.unicodeScalars.append(scalar)
            case _ where scalar.isASCII && scalar.properties.generalCategory.isPunctuationOrSymbol:
                source += "\\"
                source.unicodeScalars.append(scalar)
            default: source.unicodeScalars.append(scalar)
            }
        }
        let document = source.withCString { cmark_parse_document($0, source.utf8.count, CMARK_OPT_SMART) }
        defer { cmark_node_free(document) }
        guard let document else { return text }
        return CmarkNode.plainText(of: document)
    }
}

private extension Unicode.GeneralCategory {
    var isPunctuationOrSymbol: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol: true
        default: false
        }
    }
}
