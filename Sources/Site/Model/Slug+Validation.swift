import Markdown

extension Slug {
    /// A slug is already in its own normal form.
    public static func isValid(_ text: String) -> Bool {
        !text.isEmpty && Slug.make(from: text) == text
    }
}
