/// Reads RFC 4180 CSV from bytes, remembering the line each record starts on.
///
/// The ledger's own files are read with this rather than CSV.swift: a million activity rows
/// took 5.2 s through CSV.swift's character reader (release build, this machine) against a
/// budget of 1.5 s for the whole ledger, and its rows carry no line numbers, which every
/// error message needs. Foreign exports (LinkedIn, Google) go through CSV.swift.
struct CSVRecords {
    struct Record {
        var fields: [String]
        /// 1-based line of the record's first byte.
        var line: Int
    }

    struct UnterminatedQuote: Error {
        var line: Int
    }

    /// Every non-blank record of `bytes`, the header included.
    static func parse(_ bytes: [UInt8]) throws(UnterminatedQuote) -> [Record] {
        var records: [Record] = []
        var failure: UnterminatedQuote?
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { index = 3 }
            var line = 1
            let count = buffer.count
            while index < count {
                let startLine = line
                var fields: [String] = []
                var atRecordEnd = false
                while !atRecordEnd {
                    if index < count, buffer[index] == quote {
                        // Quoted field: "" is a quote; commas and newlines are text.
                        index += 1
                        var field: [UInt8] = []
                        var closed = false
                        while index < count {
                            let byte = buffer[index]
                            if byte == quote {
                                if index + 1 < count, buffer[index + 1] == quote {
                                    field.append(quote)
                                    index += 2
                                    continue
                                }
                                index += 1
                                closed = true
                                break
                            }
                            if byte == newline { line += 1 }
                            field.append(byte)
                            index += 1
                        }
                        if !closed {
                            failure = UnterminatedQuote(line: startLine)
                            return
                        }
                        // Anything between the closing quote and the delimiter is kept, leniently.
                        let rest = index
                        while index < count, buffer[index] != comma, buffer[index] != newline, buffer[index] != carriageReturn { index += 1 }
                        field.append(contentsOf: buffer[rest..<index])
                        fields.append(String(decoding: field, as: UTF8.self))
                    } else {
                        let start = index
                        while index < count, buffer[index] != comma, buffer[index] != newline { index += 1 }
                        var end = index
                        if end > start, buffer[end - 1] == carriageReturn, index == count || buffer[index] == newline { end -= 1 }
                        fields.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self))
                    }
                    if index < count, buffer[index] == carriageReturn { index += 1 }
                    if index >= count {
                        atRecordEnd = true
                    } else if buffer[index] == comma {
                        index += 1
                        if index >= count { fields.append("") ; atRecordEnd = true }
                    } else if buffer[index] == newline {
                        index += 1
                        line += 1
                        atRecordEnd = true
                    }
                }
                if fields.count == 1 && fields[0].isEmpty { continue }  // a blank line
                records.append(Record(fields: fields, line: startLine))
            }
        }
        if let failure { throw failure }
        return records
    }

    private static let quote = UInt8(ascii: "\"")
    private static let comma = UInt8(ascii: ",")
    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
}
