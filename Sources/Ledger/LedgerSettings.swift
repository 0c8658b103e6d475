import Core
import Foundation

/// What goodwill.yml says that the ledger needs: the declared segments, and each segment's
/// `match:` rules that put imported contacts into it. Parsed here, from the config as read,
/// because contact fields are the ledger's business, not the site's.
public struct LedgerSettings: Sendable, Equatable {
    /// Declared segment slugs, in the order written.
    public var segments: [String]
    /// Segment slug → contact field → regular expressions.
    public var match: [String: [String: [String]]]

    /// The settings of a segment the ledger owns and checks.
    public static let segmentSettings = ["match"]

    /// The contact fields a `match:` rule may test.
    public static let matchFields = ["company", "email", "name", "position", "tags"]

    public init(segments: [String], match: [String: [String: [String]]] = [:]) {
        self.segments = segments
        self.match = match
    }

    public func isDeclared(_ segment: String) -> Bool {
        segments.contains(segment)
    }

    /// Reads `segments:` of goodwill.yml (`root` is the whole file): each segment's slug, and its
    /// `match: {position: ["(?i)founder|ceo"], company: […], tags: […]}`, every pattern compiled
    /// here so a typo in a regular expression is reported with its line, not at import time.
    public static func parse(_ root: FrontMatterNode, file: String) throws(Diagnostic) -> LedgerSettings {
        guard case .table(let entries)? = root["segments"]?.value else { return LedgerSettings(segments: []) }
        var settings = LedgerSettings(segments: entries.map(\.key))
        for (slug, segment) in entries {
            guard let node = segment["match"] else { continue }
            settings.match[slug] = try rules(node, segment: slug, file: file)
        }
        return settings
    }

    private static func rules(_ node: FrontMatterNode, segment: String, file: String) throws(Diagnostic) -> [String: [String]] {
        guard case .table(let entries) = node.value else {
            throw Diagnostic(file: file, line: node.line, column: node.column,
                             message: "`segments.\(segment).match` must map contact fields to patterns",
                             hint: "write match: {position: [\"(?i)founder|ceo\"]}")
        }
        var rules: [String: [String]] = [:]
        for (field, value) in entries {
            guard matchFields.contains(field) else {
                throw Diagnostic(file: file, line: value.keyLine ?? value.line, column: value.keyColumn ?? value.column,
                                 message: "`match` has no contact field \"\(field)\"",
                                 hint: DidYouMean.hint(for: field, in: matchFields) + "use one of \(matchFields.joined(separator: ", "))")
            }
            let patterns: [FrontMatterNode]
            if case .list(let items) = value.value { patterns = items } else { patterns = [value] }
            for pattern in patterns {
                guard let text = pattern.text else { continue }
                do {
                    _ = try NSRegularExpression(pattern: text)
                } catch {
                    throw Diagnostic(file: file, line: pattern.line, column: pattern.column,
                                     message: "\"\(text)\" is not a valid regular expression",
                                     hint: "check brackets and escapes; (?i) at the start ignores case")
                }
                rules[field, default: []].append(text)
            }
        }
        return rules
    }
}
