
/// UTF-8 text built up in one growing block of bytes, for text made in bulk from many small
/// pieces (the share kit writes ~400 per article into its page and JSON file). An append here
/// is a copy of bytes; a String append also checks and updates the string's flags and
/// capacity each time, which was a fifth of the share kit's own time at 10,000 articles.
/// Only whole UTF-8 strings, their escapes and ASCII go in, so the bytes are valid UTF-8 by
/// construction: the one way to append raw bytes from outside this module is `append(upTo:_:)`,
/// which checks that they are ASCII.
public struct UTF8Buffer: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    public private(set) var count = 0

    public init(capacity: Int) {
        self.capacity = max(capacity, 64)
        start = .allocate(capacity: self.capacity)
    }

    deinit { start.deallocate() }

    /// The text, copied into a String. The bytes are UTF-8 by construction (see the type's note),
    /// so they are not validated again where the standard library can take them as they are:
    /// checking every share page's text a second time showed in the kit's profile
    /// (docs/performance.md). Debug builds (the tests) check every text made here all the same.
    public consuming func text() -> String {
        guard count > 0 else { return "" }
        let bytes = UnsafeBufferPointer(start: start, count: count)
        if #available(macOS 26, *) {
            assert(String(validating: bytes, as: UTF8.self) != nil, "UTF8Buffer holds bytes that are not UTF-8")
            return String(copying: UTF8Span(unchecked: bytes.span))
        }
        return String(unsafeUninitializedCapacity: count) { output in
            output.baseAddress!.initialize(from: start, count: count)
            return count
        }
    }

    /// The bytes, copied into an array (not checked again: see the type's note).
    public consuming func bytes() -> [UInt8] {
        Array(UnsafeBufferPointer(start: start, count: count))
    }

    /// Room for `extra` more bytes, growing by doubling.
    private mutating func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        let grown = max(capacity * 2, count + extra)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        moved.moveInitialize(from: start, count: count)
        start.deallocate()
        start = moved
        capacity = grown
    }

    /// `bytes`, which must be whole UTF-8 characters (a string's, or a run of one between ASCII
    /// bytes): only this module's escaping appends them, from the strings it escapes.
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        reserve(bytes.count)
        (start + count).initialize(from: base, count: bytes.count)
        count += bytes.count
    }

    public mutating func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    public mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// The decimal digits of `number`, written in place (the share kit writes a few dozen
    /// counts and limits per article; `String(number)` went through the generic description).
    public mutating func append(_ number: Int) {
        guard number >= 0 else { return append(String(number)) }
        var digits = 1, rest = number / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        reserve(digits)
        var value = number
        for offset in stride(from: digits - 1, through: 0, by: -1) {
            start[count + offset] = UInt8(ascii: "0") + UInt8(value % 10)
            value /= 10
        }
        count += digits
    }

    /// `text` with the bytes `escapes` names replaced.
    public mutating func append(_ text: String, escaping escapes: ByteEscapes) {
        var text = text
        text.withUTF8 { bytes in
            escapes.scan(bytes) { run in
                append(UnsafeBufferPointer(rebasing: bytes[run]))
            } replace: { index in
                append(escapes.replacementBytes(index))
            }
        }
    }

    /// Bytes written straight into the buffer by `write`, which may use all of the `maxCount`
    /// bytes it is given as room and returns how many it wrote: for encodings that turn one byte
    /// into several (percent-encoding). What it writes must be ASCII, and is checked (eight bytes
    /// at a time): `text()` trusts the buffer to hold UTF-8.
    public mutating func append(upTo maxCount: Int, _ write: (UnsafeMutablePointer<UInt8>) -> Int) {
        reserve(maxCount)
        let written = write(start + count)
        precondition(written >= 0 && written <= maxCount, "wrote past the room asked for")
        precondition(TextBytes.isASCII(UnsafeBufferPointer(start: start + count, count: written)), "wrote bytes that are not ASCII")
        count += written
    }
}
