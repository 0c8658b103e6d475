import Core
import Foundation
import Testing

@Suite("Folder entries from readdir")
struct FileIOEntriesTests {
    @Test("names sorted as Strings sort, each with its kind; links are links, not what they point to; no . or ..")
    func entries() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("goodwill-entries-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/b-folder", withIntermediateDirectories: true)
        try "x".write(toFile: folder + "/a.md", atomically: false, encoding: .utf8)
        try "x".write(toFile: folder + "/Z.md", atomically: false, encoding: .utf8)
        try "x".write(toFile: folder + "/信頼.md", atomically: false, encoding: .utf8)
        try "x".write(toFile: folder + "/.hidden", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder + "/c-link.md", withDestinationPath: "a.md")
        try FileManager.default.createSymbolicLink(atPath: folder + "/d-dangling", withDestinationPath: "nowhere")
        let entries = FileIO.entries(in: folder)
        #expect(entries.map(\.name) == [".hidden", "Z.md", "a.md", "b-folder", "c-link.md", "d-dangling", "信頼.md"])
        #expect(entries.map(\.name) == (try FileManager.default.contentsOfDirectory(atPath: folder)).sorted())
        let kinds = Dictionary(uniqueKeysWithValues: entries.map { ($0.name, $0.kind) })
        #expect(kinds["a.md"] == .file && kinds["b-folder"] == .directory && kinds["c-link.md"] == .link && kinds["d-dangling"] == .link)
        #expect(FileIO.entries(in: folder + "/missing").isEmpty)
    }
}
