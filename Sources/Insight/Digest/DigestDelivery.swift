import Core
import Foundation

/// Puts a digest's messages where they go: `.eml` files and a `preview.html` in a folder of
/// their own that appears whole or not at all, and, with a sendmail-compatible command, one pipe
/// per message. The files hold names, addresses and tokens: 0600, in folders 0700.
public enum DigestDelivery {
    /// One message to pipe: whose it is, and its bytes.
    public struct Outgoing: Sendable {
        public var contact: String
        public var eml: String

        public init(contact: String, eml: String) {
            self.contact = contact
            self.eml = eml
        }
    }

    /// Writes every message into `folder`, which must not hold an earlier run (a run's files are
    /// never replaced): first into a staging folder beside it, then renamed into place. Files in
    /// the staging folder are not synced one by one: the rename is what makes the folder appear
    /// whole, and ten thousand fsyncs cost seconds for files that can be written again.
    public static func write(_ messages: [DigestMessage], to folder: URL) throws {
        let parent = folder.deletingLastPathComponent()
        try FileIO.makeDirectories(parent.path, mode: 0o700)
        if let existing = try? FileManager.default.contentsOfDirectory(atPath: folder.path), !existing.isEmpty {
            throw Diagnostic(input: "output", message: "\(folder.path) already holds files",
                             hint: "a digest never replaces an earlier run's files: give another --output, or leave it out")
        }
        let staging = parent.appendingPathComponent(".\(folder.lastPathComponent).tmp-\(getpid())")
        try? FileManager.default.removeItem(at: staging)
        try FileIO.makeDirectories(staging.path, mode: 0o700)
        do {
            let failures = Parallel.map(messages, threads: ProcessInfo.processInfo.activeProcessorCount) { message -> Error? in
                do { try FileIO.write(message.eml, to: staging.appendingPathComponent(message.fileName).path, mode: 0o600); return nil } catch { return error }
            }
            if let failure = failures.compactMap({ $0 }).first { throw failure }
            if let first = messages.first {
                try FileIO.write(first.html, to: staging.appendingPathComponent("preview.html").path, mode: 0o600)
            }
            if FileManager.default.fileExists(atPath: folder.path) { try FileManager.default.removeItem(at: folder) }  // empty
            guard rename(staging.path, folder.path) == 0 else { throw FileIO.failure("move into place", folder.path) }
        } catch {
            try? FileManager.default.removeItem(at: staging)
            throw error
        }
    }

    /// Pipes each message to `command` (run by `/bin/sh -c`, such as `sendmail -t` or `msmtp -t`)
    /// in order, calling `accepted` after each one the command takes (to record it before the
    /// next goes), and stops at the first it does not accept. Returns how many were sent, and the
    /// failure when one was refused.
    public static func send(_ messages: [Outgoing], command: String, accepted: (Int) throws -> Void) -> (sent: Int, failure: Error?) {
        for (index, message) in messages.enumerated() {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", command]
            let input = Pipe(), errors = Pipe()
            process.standardInput = input
            process.standardError = errors
            process.standardOutput = FileHandle.nullDevice
            do {
                try process.run()
                input.fileHandleForWriting.write(Data(message.eml.utf8))
                try input.fileHandleForWriting.close()
                process.waitUntilExit()
            } catch {
                return (index, Diagnostic(input: "sendmail", message: "cannot run \"\(command)\": \(error)"))
            }
            guard process.terminationStatus == 0 else {
                let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                    .trimmingCharacters(in: .whitespacesAndNewlines)
                return (index, Diagnostic(input: "sendmail",
                                          message: "\"\(command)\" refused the message to \(message.contact) (exit \(process.terminationStatus))"
                                              + (said.isEmpty ? "" : ": \(said)"),
                                          hint: "the \(index) sent before it are recorded; fix the command and run the same command again: it sends exactly the \(messages.count - index) not sent"))
            }
            do { try accepted(index) } catch { return (index + 1, error) }
        }
        return (messages.count, nil)
    }
}
