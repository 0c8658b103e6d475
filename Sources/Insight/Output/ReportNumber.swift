import Foundation

/// Numbers as the report writes them.
enum ReportNumber {
    /// An article's shares, with those an import found: `4 (3 imported)`.
    static func shares(_ article: ArticleConversations) -> String {
        article.importedShares == 0 ? "\(article.shares)" : "\(article.shares) (\(article.importedShares) imported)"
    }

    static func percent(_ value: Double) -> String {
        "\(Int((value * 100).rounded()))%"
    }

    static func decimal(_ value: Double, places: Int = 1) -> String {
        String(format: "%.\(places)f", value)
    }

    /// `2.5 : 1`, or `no asks` when nothing was asked.
    static func ratio(_ value: Double?) -> String {
        value.map { "\(decimal($0)) : 1" } ?? "no asks"
    }
}

