#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Checks that a file read as text is text: UTF-8, not binary. Every reader of hand-written
/// files would otherwise decode bad bytes as U+FFFD and put them on the page without a word.
public enum TextBytes {
    public enum Problem: Equatable, Sendable {
        /// A NUL byte: an image or a document saved in a binary format.
        case binary
        /// A byte that does not start or continue UTF-8 (Latin-1 `é` is 0xE9), at its 1-based line
        /// and column (columns count characters, as editors do).
        case notUTF8(byte: UInt8, line: Int, column: Int)
    }

    /// The first problem of `bytes`, or nil for UTF-8 text.
    public static func problem(in bytes: UnsafeRawBufferPointer) -> Problem? {
        if bytes.isEmpty { return nil }
        if memchr(bytes.baseAddress!, 0, bytes.count) != nil { return .binary }
        guard let offset = firstInvalidUTF8(bytes) else { return nil }
        var line = 1, column = 1
        for byte in bytes[..<offset] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return .notUTF8(byte: bytes[offset], line: line, column: column)
    }

    public static func problem(in bytes: [UInt8]) -> Problem? {
        bytes.withUnsafeBytes { problem(in: $0) }
    }

    /// Whether every byte is ASCII, eight at a time.
    public static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let raw = UnsafeRawBufferPointer(bytes)
        var index = 0
        while index + 8 <= raw.count {
            if raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            index += 8
        }
        while index < raw.count {
            if raw[index] >= 0x80 { return false }
            index += 1
        }
        return true
    }

    /// The offset of the first byte that breaks UTF-8 (RFC 3629: no overlong forms, no
    /// surrogates, nothing above U+10FFFF), or nil. Runs of ASCII are skipped eight bytes at a time:
    /// articles are mostly ASCII, and a build checks every one.
    static func firstInvalidUTF8(_ bytes: UnsafeRawBufferPointer) -> Int? {
        let count = bytes.count
        var index = 0
        while index < count {
            if index + 8 <= count, bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
                continue
            }
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int, lowest: UInt8, highest: UInt8  // the allowed range of the second byte
            switch lead {
            case 0xC2...0xDF: (length, lowest, highest) = (2, 0x80, 0xBF)
            case 0xE0: (length, lowest, highest) = (3, 0xA0, 0xBF)
            case 0xE1...0xEC, 0xEE...0xEF: (length, lowest, highest) = (3, 0x80, 0xBF)
            case 0xED: (length, lowest, highest) = (3, 0x80, 0x9F)
            case 0xF0: (length, lowest, highest) = (4, 0x90, 0xBF)
            case 0xF1...0xF3: (length, lowest, highest) = (4, 0x80, 0xBF)
            case 0xF4: (length, lowest, highest) = (4, 0x80, 0x8F)
            default: return index
            }
            guard index + length <= count, (lowest...highest).contains(bytes[index + 1]) else { return index }
            for next in 2..<length where bytes[index + next] & 0xC0 != 0x80 { return index }
            index += length
        }
        return nil
    }
}
