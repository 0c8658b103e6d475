import CFuzzDriver
import Foundation
@testable import Ledger

/// Any bytes as network/activity.csv and as network/contacts.csv. The ledger's own CSV reader
/// cuts large files into pieces read in parallel; here every input is cut (threads 1 against
/// 3, with no size threshold) and both readings must agree record for record.
private let folder: URL = {
    let url = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("goodwill-fuzz-ledger-\(getpid())")
    try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLedger(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let whole = Result { () throws(CSVRecords.UnterminatedQuote) in try CSVRecords.parse(bytes, threads: 1) }
    let pieces = Result { () throws(CSVRecords.UnterminatedQuote) in try CSVRecords.parse(bytes, threads: 3, parallelAbove: 0) }
    if whole != pieces { fatalError("parallel reading differs: \(whole) against \(pieces)") }

    let file = folder.appendingPathComponent("ledger.csv")
    FileManager.default.createFile(atPath: file.path, contents: Data(bytes))
    _ = try? ActivityLog(url: file, display: "network/activity.csv").readAll(knownContacts: ["ada", "grace-hopper"])
    _ = try? ContactsFile(url: file, display: "network/contacts.csv", settings: LedgerSettings(segments: ["founders"])).readAll()
    return 0
}

/// The program's entry (see CFuzzDriver.h): libFuzzer's driver, with this target's input function.
@_cdecl("fuzz_ledger_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzLedger(data!, size) }
}
