import Core
import Foundation

/// Puts a digest's messages where they go: `.eml` files and a `preview.html` in a folder that
/// appears whole or not at all, and, with a sendmail-compatible command, one pipe per message.
public enum DigestDelivery {
    /// Writes every message into `folder` (replacing an earlier run of the same day): first into a
    /// staging folder beside it, then renamed into place. Files in the staging folder are not
    /// synced one by one: the rename is what makes the folder appear whole, and ten thousand
    /// fsyncs cost seconds for files that can be written again.
    public static func write(_ messages: [DigestMessage], to folder: URL) throws {
        let parent = folder.deletingLastPathComponent()
        try FileIO.makeDirectories(parent.path)
        let staging = parent.appendingPathComponent(".\(folder.lastPathComponent).tmp-\(getpid())")
        try? FileManager.default.removeItem(at: staging)
        try FileIO.makeDirectories(staging.path)
        do {
            let failures = Parallel.map(messages, threads: ProcessInfo.processInfo.activeProcessorCount) { message -> Error? in
                do { try FileIO.write(message.eml, to: staging.appendingPathComponent(message.fileName).path); return nil } catch { return error }
            }
            if let failure = failures.compactMap({ $0 }).first { throw failure }
            if let first = messages.first {
                try FileIO.write(first.html, to: staging.appendingPathComponent("preview.html").path)
            }
            let aside = parent.appendingPathComponent(".\(folder.lastPathComponent).old-\(getpid())")
            if FileManager.default.fileExists(atPath: folder.path) {
                guard rename(folder.path, aside.path) == 0 else { throw FileIO.failure("move aside", folder.path) }
            }
            guard rename(staging.path, folder.path) == 0 else { throw FileIO.failure("move into place", folder.path) }
            try? FileManager.default.removeItem(at: aside)
        } catch {
            try? FileManager.default.removeItem(at: staging)
            throw error
        }
    }

    /// Pipes each message to `command` (run by `/bin/sh -c`, such as `sendmail -t` or `msmtp -t`)
    /// in order, and stops at the first it does not accept. Returns the messages sent, and the
    /// failure when one was refused, so the caller can log exactly what went out.
    public static func send(_ messages: [DigestMessage], command: String) -> (sent: [DigestMessage], failure: Diagnostic?) {
        var sent: [DigestMessage] = []
        for message in messages {
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
                return (sent, Diagnostic(input: "sendmail", message: "cannot run \"\(command)\": \(error)"))
            }
            guard process.terminationStatus == 0 else {
                let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                    .trimmingCharacters(in: .whitespacesAndNewlines)
                return (sent, Diagnostic(input: "sendmail",
                                         message: "\"\(command)\" refused the message to \(message.contact.id) (exit \(process.terminationStatus))"
                                             + (said.isEmpty ? "" : ": \(said)"),
                                         hint: "the \(sent.count) sent before it are logged; fix the command and run again: who already has an article does not get it twice"))
            }
            sent.append(message)
        }
        return (sent, nil)
    }
}
