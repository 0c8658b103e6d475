/// Colours fenced code at build time. Given a block's language (the info string's first word)
/// and its text, returns the HTML inside `<code>`: the text escaped, with `<span class="hljs-…">`
/// around tokens; nil leaves the block plain (an unknown language, no colourer installed).
public protocol CodeColouring: Sendable {
    func colour(_ code: String, language: String) -> String?
}
