#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces every `needle` in `text` by `replacement`, on UTF-8 bytes (`memchr` to the needle's
/// first byte, `memcmp` for the rest).
/// Foundation's `replacingOccurrences` goes through UTF-16, which on every page of a large build
/// costs more than the rest of the rendering (docs/performance.md); this is a single pass and a
/// single copy, and none when the needle is not there.
enum ByteReplace {
    static func replacing(_ needle: StaticString, with replacement: StaticString, in text: String) -> String {
        var copy = text
        let replaced = copy.withUTF8 { haystack -> String? in
            guard let base = haystack.baseAddress, haystack.count >= needle.utf8CodeUnitCount else { return nil }
            var output: [UInt8] = []
            var position = 0
            while let offset = find(needle, in: haystack, from: position) {
                if output.isEmpty { output.reserveCapacity(haystack.count + haystack.count / 64) }
                output.append(contentsOf: UnsafeBufferPointer(start: base + position, count: offset - position))
                output.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                position = offset + needle.utf8CodeUnitCount
            }
            guard !output.isEmpty else { return nil }
            output.append(contentsOf: UnsafeBufferPointer(start: base + position, count: haystack.count - position))
            return String(decoding: output, as: UTF8.self)
        }
        return replaced ?? text
    }

    /// How many times `needle` occurs in `text`, counting at most `limit`.
    static func count(_ needle: StaticString, in text: String, limit: Int = .max) -> Int {
        var copy = text
        return copy.withUTF8 { haystack in
            guard haystack.baseAddress != nil else { return 0 }
            var found = 0, position = 0
            while found < limit, let offset = find(needle, in: haystack, from: position) {
                found += 1
                position = offset + needle.utf8CodeUnitCount
            }
            return found
        }
    }

    private static func find(_ needle: StaticString, in haystack: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let base = haystack.baseAddress!
        let length = needle.utf8CodeUnitCount
        let first = Int32(needle.utf8Start.pointee)
        var position = start
        while haystack.count - position >= length {
            guard let hit = memchr(base + position, first, haystack.count - position) else { return nil }
            let offset = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            guard haystack.count - offset >= length else { return nil }
            if memcmp(base + offset, needle.utf8Start, length) == 0 { return offset }
            position = offset + 1
        }
        return nil
    }
}
