import Foundation
import Site

/// The `match:` rules of goodwill.yml's segments, compiled once per import.
struct SegmentRules {
    private let rules: [(segment: String, field: String, pattern: NSRegularExpression)]

    init(config: SiteConfig) {
        var rules: [(String, String, NSRegularExpression)] = []
        for segment in config.segments {
            for field in segment.match.keys.sorted() {
                for pattern in segment.match[field] ?? [] {
                    // ConfigLoader already rejected patterns that do not compile.
                    if let compiled = try? NSRegularExpression(pattern: pattern) { rules.append((segment.slug, field, compiled)) }
                }
            }
        }
        self.rules = rules
    }

    /// Segments whose rules match `contact`, in the config's order.
    func segments(for contact: Contact) -> [String] {
        var matched: [String] = []
        for rule in rules where !matched.contains(rule.segment) {
            let values: [String]
            switch rule.field {
            case "position": values = [contact.position]
            case "company": values = [contact.company]
            case "name": values = [contact.name]
            case "email": values = [contact.email]
            case "tags": values = contact.tags
            default: values = []
            }
            if values.contains(where: { !$0.isEmpty && rule.pattern.firstMatch(in: $0, range: NSRange($0.startIndex..., in: $0)) != nil }) {
                matched.append(rule.segment)
            }
        }
        return matched
    }
}
