import CFuzzDriver
@testable import Ledger

/// Any bytes as a LinkedIn, vCard, Google or Goodwill CSV export (the first byte picks the
/// importer, the rest is the file). Nothing may crash, and a parsed export merged twice must
/// create nothing the second time: re-importing the same file is a no-op.
private let rules = SegmentRules(settings: LedgerSettings(segments: ["founders"], match: ["founders": ["position": ["(?i)founder"]]]))

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImport(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let format = ImportFormat.allCases[Int(data[0]) % ImportFormat.allCases.count]
    let text = String(decoding: UnsafeBufferPointer(start: data + 1, count: size - 1), as: UTF8.self)
    _ = ImportFormat.detect(text)
    guard let batch = try? format.parse(text, file: "export") else { return 0 }
    var contacts: [Contact] = []
    let merger = ContactMerger(rules: rules)
    _ = merger.merge(batch, into: &contacts)
    let again = merger.merge(batch, into: &contacts)
    if again.created != 0 { fatalError("a second import created \(again.created) contacts: \(again)") }
    if Set(contacts.map(\.id)).count != contacts.count { fatalError("duplicate ids \(contacts.map(\.id))") }
    return 0
}

/// The program's entry (see CFuzzDriver.h): libFuzzer's driver, with this target's input function.
@_cdecl("fuzz_import_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzImport(data!, size) }
}
