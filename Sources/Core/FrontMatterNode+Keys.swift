extension FrontMatterNode {
    /// An error for each key of this table that is not in `known`, at the key's line and column,
    /// with the closest known key: a typo in a config section (`kitt: false`) must not be
    /// ignored silently. `section` names the table as the author writes it (`share`).
    public func unknownKeys(known: [String], section: String, file: String) -> [Diagnostic] {
        guard case .table(let entries) = value else { return [] }
        return entries.filter { !known.contains($0.key) }.map { key, node in
            Diagnostic(file: file, line: node.keyLine ?? node.line, column: node.keyColumn ?? node.column,
                       message: "`\(section)` has no setting \"\(key)\"",
                       hint: DidYouMean.hint(for: key, in: known) + "its settings: \(known.joined(separator: ", "))")
        }
    }
}
