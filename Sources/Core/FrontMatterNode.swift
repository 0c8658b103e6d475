/// A front matter value with where it was written, whichever the syntax (YAML or TOML),
/// so validation and its error messages are written once.
public struct FrontMatterNode: Sendable, Equatable {
    public indirect enum Value: Sendable, Equatable {
        case string(String)
        case integer(Int)
        case number(Double)
        case bool(Bool)
        /// A date TOML typed natively, in RFC 3339 form.
        case date(String)
        case list([FrontMatterNode])
        /// Keys in the order written, so output never depends on hashing.
        case table([(key: String, node: FrontMatterNode)])
        case null

        public static func == (lhs: Value, rhs: Value) -> Bool {
            switch (lhs, rhs) {
            case let (.string(a), .string(b)), let (.date(a), .date(b)): return a == b
            case let (.integer(a), .integer(b)): return a == b
            case let (.number(a), .number(b)): return a == b
            case let (.bool(a), .bool(b)): return a == b
            case let (.list(a), .list(b)): return a == b
            case let (.table(a), .table(b)): return a.map(\.key) == b.map(\.key) && a.map(\.node) == b.map(\.node)
            case (.null, .null): return true
            default: return false
            }
        }
    }

    public var value: Value
    /// 1-based position in the file (not in the front matter block).
    public var line: Int
    public var column: Int
    /// Where the key of a table entry is written (for errors about the entry as a whole).
    public var keyLine: Int?
    public var keyColumn: Int?

    public init(_ value: Value, line: Int, column: Int, keyLine: Int? = nil, keyColumn: Int? = nil) {
        self.value = value
        self.line = line
        self.column = column
        self.keyLine = keyLine
        self.keyColumn = keyColumn
    }

    public subscript(key: String) -> FrontMatterNode? {
        guard case .table(let entries) = value else { return nil }
        return entries.first { $0.key == key }?.node
    }

    /// Text of a scalar; numbers and booleans as written, so `title: 1984` still works.
    public var text: String? {
        switch value {
        case .string(let text), .date(let text): return text
        case .integer(let number): return String(number)
        case .number(let number): return String(number)
        case .bool(let flag): return String(flag)
        default: return nil
        }
    }

    /// What a writer would call this kind of value, for error messages.
    public var kindName: String {
        switch value {
        case .string: return "text"
        case .integer, .number: return "a number"
        case .bool: return "true/false"
        case .date: return "a date"
        case .list: return "a list"
        case .table: return "a table"
        case .null: return "empty"
        }
    }
}
