import Foundation

/// The `match:` rules of goodwill.yml's segments, compiled once per import.
struct SegmentRules {
    private let rules: [(segment: String, field: String, pattern: NSRegularExpression)]

    init(settings: LedgerSettings) {
        var rules: [(String, String, NSRegularExpression)] = []
        for segment in settings.segments {
            let match = settings.match[segment] ?? [:]
            for field in match.keys.sorted() {
                for pattern in match[field] ?? [] {
                    // LedgerSettings.parse already rejected patterns that do not compile.
                    if let compiled = try? NSRegularExpression(pattern: pattern) { rules.append((segment, field, compiled)) }
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
