import Foundation
import Testing

/// The `goodwill` executable as a user runs it: exit codes, stdout and stderr.
@Suite("goodwill command line")
struct CLITests {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary `swift build` put beside the test bundle.
    static var binary: URL {
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = testBinary.deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("goodwill")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return repoRoot.appendingPathComponent(".build/debug/goodwill")
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// `environment` is added to this process's own.
    static func run(_ arguments: [String], in directory: URL? = nil, executable: String? = nil,
                    environment extra: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = executable.map { URL(fileURLWithPath: $0) } ?? binary
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        // Under `make sanitize` the binary is built with AddressSanitizer; it leaves a finished
        // build unfreed at exit on purpose (faster than freeing it), which LeakSanitizer would
        // report from every run: leak checks apply to the test process itself.
        var environment = ProcessInfo.processInfo.environment
        environment["ASAN_OPTIONS"] = ((environment["ASAN_OPTIONS"].map { $0 + ":" }) ?? "") + "detect_leaks=0"
        environment.merge(extra) { _, given in given }
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Both pipes are read at once: reading one to its end while the other fills (64 KB) would
        // leave the child blocked on a full pipe, and this test waiting for it.
        let stderrBox = DataBox()
        let reading = DispatchGroup()
        reading.enter()
        DispatchQueue.global().async {
            stderrBox.data = err.fileHandleForReading.readDataToEndOfFile()
            reading.leave()
        }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        reading.wait()
        let stderr = stderrBox.data
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// The standard error read on another thread; the group's wait orders the write before the read.
    final class DataBox: @unchecked Sendable {
        var data = Data()
    }

    static func temporarySite(copying fixture: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("goodwill-cli-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: repoRoot.appendingPathComponent("Tests/Fixtures/\(fixture)"), to: folder)
        return folder
    }

    @Test("build prints a one-line summary and exits 0")
    func buildSummary() throws {
        let site = try Self.temporarySite(copying: "yaml-site")
        defer { try? FileManager.default.removeItem(at: site) }
        let run = try Self.run(["build", "--source", site.path])
        #expect(run.status == 0, "\(run.stderr)")
        // Pagefind is installed where the tests run (`make test`): the three articles are indexed.
        let pattern = try Regex(#"^Built 3 articles, 1 page, \d+ files and a search index of 3 pages into .*/site/ in \d+\.\d\d s\n$"#)
        #expect(run.stdout.wholeMatch(of: pattern) != nil, "\(run.stdout)")
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("site/index.html").path))
    }

    @Test("a content error goes to stderr as file:line:column and exits non-zero")
    func buildError() throws {
        let site = try Self.temporarySite(copying: "yaml-site")
        defer { try? FileManager.default.removeItem(at: site) }
        try "---\ntitle: Bad\ndate: 2023-02-30\n---\n".write(to: site.appendingPathComponent("content/articles/bad.md"), atomically: true, encoding: .utf8)
        let run = try Self.run(["build"], in: site)
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("content/articles/bad.md:3:7: error: date \"2023-02-30\" has no day 30"))
        #expect(run.stderr.hasSuffix("build failed with 1 error; nothing was written\n"))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("site").path))
    }

    @Test("a failed build over an existing site says the site was left as it was")
    func buildErrorKeepsSite() throws {
        let site = try Self.temporarySite(copying: "yaml-site")
        defer { try? FileManager.default.removeItem(at: site) }
        #expect(try Self.run(["build"], in: site).status == 0)
        let before = try Data(contentsOf: site.appendingPathComponent("site/index.html"))
        try "---\ntitle: Bad\ndate: 2023-02-30\n---\n".write(to: site.appendingPathComponent("content/articles/bad.md"), atomically: true, encoding: .utf8)
        let run = try Self.run(["build"], in: site)
        #expect(run.status == 1)
        #expect(run.stderr.hasSuffix("build failed with 1 error; site/ was left as it was\n"))
        #expect(try Data(contentsOf: site.appendingPathComponent("site/index.html")) == before)
    }

    @Test("--output, --drafts and --future are honoured")
    func buildOptions() throws {
        let site = try Self.temporarySite(copying: "yaml-site")
        defer { try? FileManager.default.removeItem(at: site) }
        let output = site.appendingPathComponent("public")
        let run = try Self.run(["build", "--source", site.path, "--output", output.path, "--drafts", "--future"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("Built 5 articles"))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("articles/unfinished/index.html").path))
    }

    @Test("help describes the tool and each build option")
    func help() throws {
        let top = try Self.run(["--help"])
        #expect(top.status == 0)
        #expect(top.stdout.contains("build"))
        let build = try Self.run(["build", "--help"])
        for option in ["--source", "--output", "--drafts", "--future", "--base-url"] {
            #expect(build.stdout.contains(option), "\(option) missing from help")
        }
    }
}

/// A file the build may not read. Root reads any file, so as root the build runs as `nobody`
/// (util-linux `setpriv`), the way a user without the permission would meet it.
@Suite("An unreadable file")
struct UnreadableFileTests {
    @Test("is an error naming it and what to do; the previous site stays as it was")
    func unreadable() throws {
        let site = try CLITests.temporarySite(copying: "yaml-site")
        defer { try? FileManager.default.removeItem(at: site) }
        #expect(try CLITests.run(["build"], in: site).status == 0)
        let before = try Data(contentsOf: site.appendingPathComponent("site/index.html"))
        let secret = site.appendingPathComponent("content/articles/secret.md")
        try "---\ntitle: Secret\ndate: 2024-01-01\n---\n".write(to: secret, atomically: true, encoding: .utf8)
        let asRoot = geteuid() == 0
        if asRoot {
            // nobody must be able to read the rest of the site and write beside site/.
            let chmod = Process()
            chmod.executableURL = URL(fileURLWithPath: "/bin/chmod")
            chmod.arguments = ["-R", "a+rwX", site.path]
            try chmod.run()
            chmod.waitUntilExit()
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: secret.path)
        let arguments = ["build", "--source", site.path]
        let run = asRoot
            ? try CLITests.run(["--reuid=65534", "--regid=65534", "--clear-groups", CLITests.binary.path] + arguments, executable: "/usr/bin/setpriv")
            : try CLITests.run(arguments)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("content/articles/secret.md: error: cannot open: Permission denied — check that your user may read it"), "\(run.stderr)")
        #expect(try Data(contentsOf: site.appendingPathComponent("site/index.html")) == before)
    }
}
