import Foundation
import Testing

/// The ledger survives what happens to real processes: a writer killed in the middle of its
/// appends, many writers at once (LedgerCLITests.concurrentLog), an import killed half-way.
@Suite("Ledger durability")
struct LedgerDurabilityTests {
    /// Starts `script` under `sh` in a session of its own, so one SIGKILL reaches every process in
    /// it, and returns the session's id. The shell says it first: `setsid` forks when it is
    /// already a process group leader (as under `swift test --sanitize`), and then the session is
    /// not the one of the process Foundation started.
    static func startSession(_ script: String, output: Pipe) throws -> (process: Process, session: pid_t) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setsid")
        process.arguments = ["sh", "-c", "echo \"session $$\"\n" + script]
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var line = ""
        while !line.hasSuffix("\n") {
            let byte = output.fileHandleForReading.readData(ofLength: 1)
            if byte.isEmpty { break }
            line += String(decoding: byte, as: UTF8.self)
        }
        guard let session = pid_t(line.dropFirst("session ".count).dropLast()) else {
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "the shell did not say its session: \(line)"])
        }
        return (process, session)
    }

    @Test("a writer SIGKILLed in the middle of 1,000 appends leaves a file that parses, with every acknowledged row")
    func killedMidAppend() throws {
        let site = try LedgerCLITests.site()
        defer { try? FileManager.default.removeItem(at: site) }
        // Each `goodwill log` returns only after its row is synced; the loop then acknowledges it.
        let script = """
            i=1
            while [ $i -le 1000 ]; do
              '\(CLITests.binary.path)' log --source '\(site.path)' helped hana-sato --date 2026-02-01 --note "durable $i, with a comma" >/dev/null && echo "ack $i"
              i=$((i + 1))
            done
            """
        let output = Pipe()
        let (writer, session) = try Self.startSession(script, output: output)
        // Kill after a number of acknowledgements that differs from run to run.
        let killAfter = Int.random(in: 10...30)
        var acknowledged: [Int] = []
        var buffer = ""
        while acknowledged.count < killAfter {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { break }
            buffer += String(decoding: data, as: UTF8.self)
            while let newline = buffer.firstIndex(of: "\n") {
                if let number = Int(buffer[..<newline].dropFirst(4)) { acknowledged.append(number) }
                buffer = String(buffer[buffer.index(after: newline)...])
            }
        }
        kill(-session, SIGKILL)
        writer.waitUntilExit()
        #expect(acknowledged.count >= killAfter)

        let check = try CLITests.run(["check", "--source", site.path])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        let text = try String(contentsOf: site.appendingPathComponent("network/activity.csv"), encoding: .utf8)
        let notes = Set(text.split(separator: "\n").compactMap { line -> Int? in
            guard let range = line.range(of: "\"durable ") else { return nil }
            return Int(line[range.upperBound...].prefix { $0.isNumber })
        })
        #expect(acknowledged.allSatisfy(notes.contains), "acknowledged rows missing: \(acknowledged.filter { !notes.contains($0) })")
        #expect(notes.count < 1000, "the writer was not stopped part-way")
    }

    @Test("a row appended to a file whose last line has no line break starts a line of its own")
    func appendAfterUnterminatedLine() throws {
        let site = try LedgerCLITests.site()
        defer { try? FileManager.default.removeItem(at: site) }
        let activity = site.appendingPathComponent("network/activity.csv")
        var text = try String(contentsOf: activity, encoding: .utf8)
        while text.hasSuffix("\n") { text.removeLast() }
        try text.write(to: activity, atomically: true, encoding: .utf8)
        let log = try CLITests.run(["log", "--source", site.path, "helped", "hana-sato", "--date", "2026-02-01", "--note", "after"])
        #expect(log.status == 0, "\(log.stderr)")
        let after = try String(contentsOf: activity, encoding: .utf8)
        #expect(after.hasPrefix(text + "\n2026-02-01,helped,hana-sato,"))
        #expect(try CLITests.run(["check", "--source", site.path]).status == 0)
    }

    @Test("an import SIGKILLed half-way leaves contacts.csv whole: the old file, or the new one complete")
    func killedImport() throws {
        let site = try LedgerCLITests.site()
        defer { try? FileManager.default.removeItem(at: site) }
        let contacts = site.appendingPathComponent("network/contacts.csv")
        let before = try Data(contentsOf: contacts)
        var export = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        for number in 0..<30_000 {
            export += "Person,Number \(number),https://www.linkedin.com/in/person-\(number),,Company \(number % 97),Founder,04 Mar 2025\n"
        }
        let file = site.appendingPathComponent("Connections.csv")
        try export.write(to: file, atomically: true, encoding: .utf8)
        let output = Pipe()
        let (importer, session) = try Self.startSession("exec '\(CLITests.binary.path)' contacts import --source '\(site.path)' linkedin '\(file.path)'", output: output)
        usleep(useconds_t.random(in: 50_000...900_000))
        kill(-session, SIGKILL)
        importer.waitUntilExit()

        let after = try Data(contentsOf: contacts)
        if after != before {
            // The import finished before the kill: then it is all there.
            #expect(String(decoding: after, as: UTF8.self).split(separator: "\n").count == String(decoding: before, as: UTF8.self).split(separator: "\n").count + 30_000)
        }
        let check = try CLITests.run(["check", "--source", site.path])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }

    /// A tmpfs of its own, so the test fills a real file system without touching the machine's.
    /// Unmounted (and its files gone) by `unmount`.
    static func smallFileSystem(kilobytes: Int) throws -> URL {
        let mountPoint = FileManager.default.temporaryDirectory.appendingPathComponent("goodwill-full-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: mountPoint, withIntermediateDirectories: true)
        let mount = try CLITests.run(["-t", "tmpfs", "-o", "size=\(kilobytes)k", "tmpfs", mountPoint.path], executable: "/usr/bin/mount")
        guard mount.status == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "mount failed: \(mount.stderr)"])
        }
        return mountPoint
    }

    static func unmount(_ mountPoint: URL) {
        _ = try? CLITests.run([mountPoint.path], executable: "/usr/bin/umount")
        try? FileManager.default.removeItem(at: mountPoint)
    }

    /// Writes a filler file until the file system refuses a byte, then frees `freeBytes` of it.
    static func fill(_ mountPoint: URL, leaving freeBytes: Int) throws {
        let filler = mountPoint.appendingPathComponent("filler")
        let fd = open(filler.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        defer { close(fd) }
        let block = [UInt8](repeating: 0x2E, count: 4096)
        var written = 0
        while true {
            let count = block.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            written += count
        }
        #expect(errno == ENOSPC)
        #expect(ftruncate(fd, off_t(max(0, written - freeBytes))) == 0)
    }

    @Test("on a full disk, log, share --log, digest --log, import and merge fail and leave the ledger byte for byte",
          .enabled(if: getuid() == 0, "mounting a tmpfs needs root, which the suite has in CI"))
    func fullDisk() throws {
        let mountPoint = try Self.smallFileSystem(kilobytes: 2048)
        defer { Self.unmount(mountPoint) }
        let site = mountPoint.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        for item in ["goodwill.yml", "content", "network"] {
            try FileManager.default.copyItem(at: CLITests.repoRoot.appendingPathComponent(item), to: site.appendingPathComponent(item))
        }
        // The export to import lives off the full disk.
        let export = FileManager.default.temporaryDirectory.appendingPathComponent("goodwill-full-\(UUID().uuidString).csv")
        try "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nNew,Person,https://www.linkedin.com/in/new-person,,Acme,Founder,04 Mar 2025\n"
            .write(to: export, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: export) }
        let activity = site.appendingPathComponent("network/activity.csv")
        let contacts = site.appendingPathComponent("network/contacts.csv")
        // A row that brings activity.csv to a whole number of pages: the last page then has no
        // room left, and every append needs a block of its own.
        let size = try Data(contentsOf: activity).count
        let row = "2026-02-01,helped,hana-sato,,,"
        let padding = (size + row.utf8.count + 1 + 100 + 4095) / 4096 * 4096 - size - row.utf8.count - 1
        let handle = try FileHandle(forWritingTo: activity)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data((row + String(repeating: "p", count: padding) + "\n").utf8))
        try handle.close()
        #expect(try Data(contentsOf: activity).count % 4096 == 0)
        let (activityBefore, contactsBefore) = (try Data(contentsOf: activity), try Data(contentsOf: contacts))
        func expectLedgerUnchanged(_ step: String) throws {
            #expect(try Data(contentsOf: activity) == activityBefore, "\(step) changed activity.csv")
            #expect(try Data(contentsOf: contacts) == contactsBefore, "\(step) changed contacts.csv")
        }

        // One page free: a 9 KB note is written up to the page, then the disk is full. Before the
        // fix, those 4 KB (half a row) stayed in activity.csv and `check` read them as valid.
        try Self.fill(mountPoint, leaving: 4096)
        let note = "nine-kilobyte note: " + String(repeating: "a long note, ", count: 700)
        let log = try CLITests.run(["log", "--source", site.path, "helped", "hana-sato", "--date", "2026-02-01", "--note", note])
        #expect(log.status != 0)
        #expect(log.stderr.contains("No space left on device"), "\(log.stderr)")
        try expectLedgerUnchanged("log")

        // Nothing free at all for the rest.
        try Self.fill(mountPoint, leaving: 0)
        let steps: [(String, [String])] = [
            ("log", ["log", "--source", site.path, "met", "hana-sato", "--date", "2026-02-01"]),
            ("share --log", ["share", "--source", site.path, "give-before-you-ask", "--contact", "hana-sato", "--log"]),
            ("digest --log", ["digest", "--source", site.path, "founders", "--as-of", "2026-03-01", "--since", "2025-01-01", "--log"]),
            ("import", ["contacts", "import", "--source", site.path, "linkedin", export.path]),
            ("merge", ["contacts", "merge", "--source", site.path, "lena-okafor", "hana-sato"]),
        ]
        for (step, arguments) in steps {
            let result = try CLITests.run(arguments)
            #expect(result.status != 0, "\(step) succeeded on a full disk: \(result.stdout)")
            try expectLedgerUnchanged(step)
        }
        // The retry after space is freed writes the row once, whole.
        try FileManager.default.removeItem(at: mountPoint.appendingPathComponent("filler"))
        let retry = try CLITests.run(["log", "--source", site.path, "helped", "hana-sato", "--date", "2026-02-01", "--note", note])
        #expect(retry.status == 0, "\(retry.stderr)")
        let text = try String(contentsOf: activity, encoding: .utf8)
        #expect(text.components(separatedBy: "nine-kilobyte note").count == 2, "the row is written once")
        #expect(try CLITests.run(["check", "--source", site.path]).status == 0)
    }
}
