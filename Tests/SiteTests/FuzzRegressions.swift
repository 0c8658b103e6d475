import Foundation

/// Inputs `make fuzz` found, committed under Tests/Fixtures/fuzz/<target>/ so that the normal
/// suite runs each again (docs/fuzzing.md).
enum FuzzRegressions {
    static func inputs(_ target: String) throws -> [[UInt8]] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/fuzz/\(target)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return try names.sorted().map { Array(try Data(contentsOf: folder.appendingPathComponent($0))) }
    }
}
