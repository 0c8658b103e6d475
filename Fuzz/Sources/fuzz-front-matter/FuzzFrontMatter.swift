import CFuzzDriver
import FrontMatterCheck

/// Any bytes as a content file with YAML `---` front matter (or none) and a body, and as
/// goodwill.yml (see FrontMatterCheck). TOML (`+++`) has a target of its own, fuzz-toml:
/// TOMLKit's parser aborts on assertions upstream, and YAML, the default, must not wait on it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatter(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if bytes.starts(with: Array("+++".utf8)) || bytes.starts(with: [0xEF, 0xBB, 0xBF] + Array("+++".utf8)) { return 0 }
    return checkFrontMatter(bytes, alsoAsConfig: true)
}

/// The program's entry (see CFuzzDriver.h): libFuzzer's driver, with this target's input function.
@_cdecl("fuzz_front_matter_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzFrontMatter(data!, size) }
}
