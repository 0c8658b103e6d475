import CFuzzDriver
@testable import Insight

/// Any bytes as web-server access log lines (Combined Log Format), as `goodwill report --clicks`
/// reads them: malformed lines are skipped, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAccessLog(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        if let parsed = AccessLogLine(line), parsed.status < 0 { fatalError("negative status \(parsed.status)") }
    }
    return 0
}

/// The program's entry (see CFuzzDriver.h): libFuzzer's driver, with this target's input function.
@_cdecl("fuzz_access_log_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzAccessLog(data!, size) }
}
