import CFuzzDriver
import FrontMatterCheck

/// Any bytes as the TOML front matter of a content file (`+++`, the bytes, `+++`, a body),
/// checked as fuzz-front-matter checks YAML (see FrontMatterCheck).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTOML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array("+++\n".utf8) + Array(UnsafeBufferPointer(start: data, count: size)) + Array("\n+++\nBody.\n".utf8)
    return checkFrontMatter(bytes, alsoAsConfig: false)
}

/// The program's entry (see CFuzzDriver.h): libFuzzer's driver, with this target's input function.
@_cdecl("fuzz_toml_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzTOML(data!, size) }
}
