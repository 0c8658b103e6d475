import Foundation

/// URL- and id-safe names: `Why give first?` → `why-give-first`, `Sales Ops` → `sales-ops`.
///
/// Accents are folded (`Café` → `cafe`) so slugs stay readable in an address bar;
/// letters of other scripts are kept rather than dropped.
public enum Slug {
    public static func make(from text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var slug = String.UnicodeScalarView()
        var pendingSeparator = false
        for scalar in folded.unicodeScalars {
            if scalar == "'" || scalar == "\u{2019}" { continue }  // don't → dont, not don-t
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if pendingSeparator && !slug.isEmpty { slug.append("-") }
                pendingSeparator = false
                slug.append(scalar)
            } else {
                pendingSeparator = true
            }
        }
        return String(slug)
    }
}

/// Hands out unique slugs: the first `x`, then `x-1`, `x-2`, ….
struct UniqueSlugs {
    private var used: Set<String> = []

    mutating func claim(_ base: String) -> String {
        let base = base.isEmpty ? "section" : base
        var candidate = base
        var counter = 0
        while used.contains(candidate) {
            counter += 1
            candidate = "\(base)-\(counter)"
        }
        used.insert(candidate)
        return candidate
    }
}
