/// Values a template reads, as swift-mustache takes them (`[String: Any]`): made before a
/// parallel phase and only read in it, so sharing them between threads is safe although `Any`
/// cannot say so. The one unchecked wrapper of template values, until typed views (a struct per
/// template family) replace them.
struct TemplateValues: @unchecked Sendable {  // safe: built before a parallel phase, only read in it
    var table: [String: Any]

    init(_ table: [String: Any]) {
        self.table = table
    }
}
