import Cgzip
import Core
import Foundation

/// Reads an access log, plain or gzip-compressed (as logrotate leaves `access.log.2.gz`).
enum AccessLogFile {
    static func lines(of path: String) throws -> [Substring] {
        var bytes = try FileIO.read(path)
        if bytes.count >= 2, bytes[0] == 0x1F, bytes[1] == 0x8B {
            bytes = try gunzip(bytes, path: path)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        return text.split(separator: "\n", omittingEmptySubsequences: true)
    }

    /// Inflates gzip data, every member of it (concatenated `.gz` files are one stream to gzip).
    static func gunzip(_ input: [UInt8], path: String) throws -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, 16 + MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Diagnostic(file: path, message: "cannot start decompressing")
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var input = input
        let total = input.count
        try input.withUnsafeMutableBufferPointer { source in
            stream.next_in = source.baseAddress
            stream.avail_in = uInt(total)
            while true {
                let status = chunk.withUnsafeMutableBufferPointer { buffer -> Int32 in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = uInt(buffer.count)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                output.append(contentsOf: chunk[0..<(chunk.count - Int(stream.avail_out))])
                if status == Z_STREAM_END {
                    if stream.avail_in == 0 { break }
                    inflateReset(&stream)  // another gzip member follows
                    continue
                }
                guard status == Z_OK else {
                    throw Diagnostic(file: path, message: "is not valid gzip data", hint: "decompress it with gunzip to see what is wrong")
                }
            }
        }
        return output
    }
}
