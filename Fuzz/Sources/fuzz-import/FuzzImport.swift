import CFuzzDriver
@testable import Ledger

/// Any bytes as a LinkedIn, vCard, Google or Goodwill CSV export (the first byte picks the
/// importer, the rest is the file). Nothing may crash, and a parsed export merged twice must
/// create nothing the second time: re-importing the same file is a no-op.
private let settings = LedgerSettings(segments: ["founders"], match: ["founders": ["position": ["(?i)founder"]]])
private let rules = SegmentRules(settings: settings)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImport(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let format = ImportFormat.allCases[Int(data[0]) % ImportFormat.allCases.count]
    let text = String(decoding: UnsafeBufferPointer(start: data + 1, count: size - 1), as: UTF8.self)
    _ = ImportFormat.detect(text)
    guard let batch = try? format.parse(text, file: "export"),
          // LedgerStore.importContacts refuses an import naming undeclared segments first.
          batch.contacts.allSatisfy({ $0.segments.allSatisfy(settings.isDeclared) }) else { return 0 }
    var contacts: [Contact] = []
    let merger = ContactMerger(rules: rules)
    _ = merger.merge(batch, into: &contacts)
    let again = merger.merge(batch, into: &contacts)
    if again.created != 0 { fatalError("a second import created \(again.created) contacts: \(again)") }
    if Set(contacts.map(\.id)).count != contacts.count { fatalError("duplicate ids \(contacts.map(\.id))") }
    // Whatever an import writes, contacts.csv must read back.
    for contact in contacts {
        let problems = ContactChecks.problems(of: contact, settings: settings)
        if !problems.isEmpty { fatalError("contacts.csv would refuse \(contact.id): \(problems)") }
        if ProfileURL.normalized(contact.url) != contact.url { fatalError("URL not stored normalised: \(contact.url)") }
    }
    return 0
}

/// The program's entry (see CFuzzDriver.h): libFuzzer's driver, with this target's input function.
@_cdecl("fuzz_import_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzImport(data!, size) }
}
