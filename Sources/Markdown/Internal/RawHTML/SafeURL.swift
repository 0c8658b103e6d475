/// Whether a URL written in raw HTML may stay: a relative path, a fragment, or http, https,
/// mailto and tel. A browser decodes character references and ignores tabs and line breaks
/// in a URL before it reads the scheme, so the check does the same (`&#106;avascript:`,
/// `java&Tab;script:` and `JAVA\nSCRIPT:` all read as `javascript:`).
enum SafeURL {
    static let schemes: Set<String> = ["http", "https", "mailto", "tel"]

    static func allows(_ raw: String) -> Bool {
        let decoded = decodingReferences(raw).unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }
        let text = String(String.UnicodeScalarView(decoded))
        // A scheme ends at the first ':' before any '/', '?' or '#'; none means a relative URL.
        guard let colon = text.firstIndex(of: ":"),
              !text[..<colon].contains(where: { $0 == "/" || $0 == "?" || $0 == "#" })
        else { return true }
        let scheme = text[..<colon].lowercased()
        // An undecoded reference left in the scheme is a spelling this check cannot read: refused.
        return !scheme.contains("&") && schemes.contains(scheme)
    }

    /// Numeric references and the named ones that can spell a scheme's punctuation.
    private static func decodingReferences(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let named: [String: String] = ["colon": ":", "tab": "\t", "newline": "\n", "sol": "/", "quest": "?",
                                       "num": "#", "amp": "&", "lpar": "(", "rpar": ")", "period": "."]
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let after = rest[rest.index(after: ampersand)...]
            let name = after.prefix(while: { $0.isLetter || $0.isNumber || $0 == "#" })
            var end = name.endIndex
            var replacement: String?
            if name.hasPrefix("#") {
                let digits = name.dropFirst()
                let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
                replacement = value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
            } else {
                replacement = named[name.lowercased()]
            }
            if let replacement {
                result += replacement
                if end < after.endIndex, after[end] == ";" { end = after.index(after: end) }
                rest = after[end...]
            } else {
                result += "&"
                rest = after
            }
        }
        return result + rest
    }
}
