extension StringProtocol {
    /// Without whitespace and line breaks at either end, as `trimmingCharacters(in:
    /// .whitespacesAndNewlines)` gives, without the trip through NSString: imports call it on
    /// every field of a hundred thousand rows.
    public var trimmed: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let last = lastIndex(where: { !$0.isWhitespace })!
        return String(self[first...last])
    }
}
