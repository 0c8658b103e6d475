import Foundation

/// The messages of the files a user has, read one at a time so that a 2 GB Gmail Takeout file
/// is never held whole: mbox files (Takeout's `All mail Including Spam and Trash.mbox`, a mail
/// program's folders), Maildir folders (`cur/`, `new/`, Maildir++ subfolders) and `.eml` files.
///
/// An mbox is split only on a `From ` line at the start of the file or after a blank line:
/// mboxo and mboxrd quote differently and nothing says which a file uses, and a body line
/// "From here on…" after text is part of the message. Gmail's separator
/// (`From 1654953015393719153@xxx Mon Jan 06 04:49:45 +0000 2020`) and CRLF line ends are fine.
public struct MailFiles {
    /// Something read but not understood, with where it is: the rest is still read.
    public struct Warning: Sendable, Equatable, CustomStringConvertible {
        public var location: MailLocation
        public var message: String
        public var description: String { "\(location): warning: \(message)" }
    }

    public private(set) var warnings: [Warning] = []
    public private(set) var filesRead: [String] = []
    /// Whether a message's words are wanted, judged from its headers (default: always).
    public var needsWords: @Sendable (MailMessage) -> Bool = { _ in true }
    static let chunk = 4 << 20

    public init() {}

    /// Calls `each` with every message under `path`, in file order.
    public mutating func read(_ path: String, _ each: (MailMessage) -> Void) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw MailFileError(path: path, message: "does not exist", hint: "give an mbox file, a Maildir folder or .eml files")
        }
        if isDirectory.boolValue {
            try readFolder(path, each)
        } else {
            try readFile(path, each)
        }
    }

    private mutating func readFolder(_ path: String, _ each: (MailMessage) -> Void) throws {
        let manager = FileManager.default
        let url = URL(fileURLWithPath: path)
        let names = (try? manager.contentsOfDirectory(atPath: path))?.sorted() ?? []
        if names.contains("cur") || names.contains("new") {
            for folder in ["cur", "new"] where names.contains(folder) {
                let inner = url.appendingPathComponent(folder)
                for name in ((try? manager.contentsOfDirectory(atPath: inner.path)) ?? []).sorted() where !name.hasPrefix(".") {
                    let file = inner.appendingPathComponent(name).path
                    guard let data = manager.contents(atPath: file) else { continue }
                    filesRead.append(file)
                    let flags = name.range(of: ":2,").map { name[$0.upperBound...] } ?? ""
                    message(data, at: MailLocation(file: file, offset: nil)) { mail in
                        var mail = mail
                        mail.repliedFlag = flags.contains("R")
                        each(mail)
                    }
                }
            }
        }
        for name in names where name != "cur" && name != "new" && name != "tmp" {
            let inner = url.appendingPathComponent(name).path
            var isDirectory: ObjCBool = false
            _ = manager.fileExists(atPath: inner, isDirectory: &isDirectory)
            if isDirectory.boolValue {
                try readFolder(inner, each)
            } else if name.hasSuffix(".mbox") || name.hasSuffix(".eml") || name.hasSuffix(".mbx") {
                try readFile(inner, each)
            }
        }
    }

    private mutating func readFile(_ path: String, _ each: (MailMessage) -> Void) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw MailFileError(path: path, message: "cannot be read", hint: "check its permissions")
        }
        defer { try? handle.close() }
        filesRead.append(path)
        let first = (try handle.read(upToCount: 5)) ?? Data()
        try handle.seek(toOffset: 0)
        if first != Data("From ".utf8) {
            // Not an mbox: one message (an .eml), if it is one at all.
            let data = (try handle.readToEnd()) ?? Data()
            var any = false
            message(data, at: MailLocation(file: path, offset: nil)) { any = true; each($0) }
            if !any { warnings.append(Warning(location: MailLocation(file: path, offset: 0), message: "not a mailbox or a mail message: nothing read from it")) }
            return
        }
        try splitMbox(handle, path: path, each)
    }

    /// The mbox's messages, each whole before the next is read; memory holds one message and a chunk.
    private mutating func splitMbox(_ handle: FileHandle, path: String, _ each: (MailMessage) -> Void) throws {
        var pending: [UInt8] = []
        var base = 0                 // file offset of pending[0]
        var current: Int?            // index in pending of the current message's `From ` line
        var lineStart = 0            // the next line to look at
        var previousBlank = true     // the file's start counts as after a blank line
        var atEnd = false
        // Up to the size it had when opened: mail a program appends meanwhile is for the next import.
        var left = Int(try handle.seekToEnd())
        try handle.seek(toOffset: 0)
        while !atEnd {
            let data = left > 0 ? try handle.read(upToCount: min(Self.chunk, left)) ?? Data() : Data()
            left -= data.count
            if data.isEmpty { atEnd = true } else { pending.append(contentsOf: data) }
            pending.withUnsafeBufferPointer { bytes in
                while lineStart < bytes.count, let newline = Self.index(of: 0x0A, in: bytes, from: lineStart) {
                    var end = newline
                    if end > lineStart, bytes[end - 1] == 0x0D { end -= 1 }
                    let length = end - lineStart
                    if previousBlank, length >= 5, bytes[lineStart] == 0x46, bytes[lineStart + 1] == 0x72, bytes[lineStart + 2] == 0x6F,
                       bytes[lineStart + 3] == 0x6D, bytes[lineStart + 4] == 0x20,
                       Self.isSeparator(UnsafeBufferPointer(rebasing: bytes[lineStart..<end])) {
                        if let start = current { emit(UnsafeBufferPointer(rebasing: bytes[start..<lineStart]), at: base + start, path: path, each) }
                        current = lineStart
                    }
                    previousBlank = length == 0
                    lineStart = newline + 1
                }
                if atEnd, let start = current, start < bytes.count {
                    // A whole last message ends with a line end; one that stops mid-line was cut off
                    // (a copy that did not finish, or a write under way): read as it is, and said.
                    if bytes[bytes.count - 1] != 0x0A {
                        warnings.append(Warning(location: MailLocation(file: path, offset: base + start),
                                                message: "the last message stops mid-line (the file may be cut off): read as far as it goes"))
                    }
                    emit(UnsafeBufferPointer(rebasing: bytes[start...]), at: base + start, path: path, each)
                }
            }
            // Keep only the message being read.
            let keep = current ?? lineStart
            if !atEnd, keep > 0 {
                pending.removeFirst(keep)
                base += keep
                lineStart -= keep
                current = current.map { $0 - keep }
            }
        }
    }

    /// A `From ` line that carries what a separator does: a sender word, then a date with a time
    /// (`hh:mm:ss`) and a four-digit year — Gmail's `From 1654953015393719153@xxx Mon Jan 06
    /// 04:49:45 +0000 2020` and RFC 4155's `From user@host Thu Jan  1 00:00:00 2026` both do; a
    /// body's "From here on, …" after a blank line does not.
    static func isSeparator(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        let isDigit = { (byte: UInt8) in byte >= 0x30 && byte <= 0x39 }
        var time = false, year = false
        var index = 5
        while index < line.count, line[index] != 0x20 { index += 1 }  // the sender word
        guard index > 5 else { return false }
        var run = 0
        while index < line.count {
            let byte = line[index]
            if index + 7 < line.count, isDigit(byte), isDigit(line[index + 1]), line[index + 2] == 0x3A, isDigit(line[index + 3]),
               isDigit(line[index + 4]), line[index + 5] == 0x3A, isDigit(line[index + 6]), isDigit(line[index + 7]) { time = true }
            run = isDigit(byte) ? run + 1 : 0
            if run == 4, index + 1 == line.count || !isDigit(line[index + 1]) { year = true }
            index += 1
        }
        return time && year
    }

    static func index(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress,
              let found = memchr(base + start, Int32(byte), bytes.count - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    private mutating func emit(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, path: String, _ each: (MailMessage) -> Void) {
        // Past the `From ` line: the message itself.
        guard let newline = Self.index(of: 0x0A, in: bytes, from: 0) else { return }
        let location = MailLocation(file: path, offset: offset)
        let parsed = MIMEReader.read(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[(newline + 1)...])), at: location, needsWords: needsWords)
        if let parsed { each(parsed) } else { warnings.append(Warning(location: location, message: "not a mail message: left out")) }
    }

    private mutating func message(_ data: Data, at location: MailLocation, _ each: (MailMessage) -> Void) {
        let parsed = data.withUnsafeBytes { MIMEReader.read($0, at: location, needsWords: needsWords) }
        if let parsed { each(parsed) }
    }
}

/// A mail path that cannot be read at all.
public struct MailFileError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String
    public var hint: String
    public var description: String { "\(path): error: \(message)\n  hint: \(hint)" }
}
