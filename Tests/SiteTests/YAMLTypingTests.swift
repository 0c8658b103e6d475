import Core
import Testing
@testable import Site

@Suite("YAML scalar types")
struct YAMLTypingTests {
    /// The value of `key` in a one-line YAML mapping.
    private func value(_ yaml: String) throws -> FrontMatterNode.Value {
        let root = try YAMLReader.read("key: \(yaml)\n", file: "t.yml", firstLine: 1)
        guard case .table(let entries) = root.value, let node = entries.first?.node else {
            Issue.record("no mapping")
            return .null
        }
        return node.value
    }

    @Test("plain scalars are typed as YAML 1.1 says; quoted and word-like ones stay text")
    func typing() throws {
        let expected: [(String, FrontMatterNode.Value)] = [
            ("true", .bool(true)), ("False", .bool(false)), ("yes", .bool(true)), ("off", .bool(false)),
            ("~", .null), ("null", .null), ("", .null),
            ("42", .integer(42)), ("-7", .integer(-7)), ("0x1F", .integer(31)), ("1_000", .integer(1000)),
            ("1.5", .number(1.5)), ("1e-5", .number(1e-5)), ("1.5e+3", .number(1500)), ("-1.5e-3", .number(-0.0015)), ("12:30", .integer(750)),
            ("777777777555547557:2", .string("777777777555547557:2")),  // base 60, overflowing: text, not a trap
            ("1-2", .string("1-2")), ("+1 2", .string("+1 2")), ("-0.5", .number(-0.5)), ("-.5", .string("-.5")),
            ("\"true\"", .string("true")), ("'42'", .string("42")),
            ("Trust", .string("Trust")), ("yesterday", .string("yesterday")), ("nothing", .string("nothing")),
            ("2024 plans", .string("2024 plans")), ("2024-01-05", .string("2024-01-05")),
            ("!!str 42", .string("42")),
        ]
        for (yaml, value) in expected {
            let actual = try self.value(yaml)
            #expect(actual == value, "key: \(yaml) gave \(actual)")
        }
    }

    @Test("a key written twice is still an error, with its line")
    func duplicateKeys() {
        #expect(throws: Diagnostic.self) { try YAMLReader.read("title: a\ntitle: b\n", file: "t.yml", firstLine: 2) }
        do {
            _ = try YAMLReader.read("title: a\ntitle: b\n", file: "t.yml", firstLine: 2)
        } catch {
            #expect(error.message.contains("title"))
        }
    }
}
