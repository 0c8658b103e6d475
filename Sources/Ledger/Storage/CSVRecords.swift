/// Reads RFC 4180 CSV from bytes, remembering the line each record starts on.
///
/// The ledger's own files are read with this rather than CSV.swift: CSV.swift's character
/// reader is several times too slow for a million-row ledger (docs/performance.md), and its rows
/// carry no line numbers, which every error message needs. Foreign exports (LinkedIn, Google)
/// go through CSV.swift.
import Core

struct CSVRecords {
    struct Record: Equatable {
        var fields: [String]
        /// 1-based line of the record's first byte.
        var line: Int
    }

    struct UnterminatedQuote: Error, Equatable {
        var line: Int
    }

    /// Every non-blank record of `bytes`, the header included.
    static func parse(_ bytes: [UInt8], threads: Int = 1, parallelAbove: Int = 1 << 20) throws(UnterminatedQuote) -> [Record] {
        try visit(bytes, from: 0, threads: threads, parallelAbove: parallelAbove) { fields, line in Record(fields: fields, line: line) }
    }

    /// Calls `transform` with every non-blank record (its fields and first line) and returns
    /// the results in file order. Large files are cut at record boundaries (newlines outside
    /// quotes) and the pieces read on `threads` threads; the fields array is reused from
    /// record to record, so a million rows cost no million array allocations. Files of
    /// `parallelAbove` bytes or fewer are read in one piece (the fuzz target lowers it to 0, so
    /// that small inputs exercise the cutting too).
    static func visit<Output: Sendable>(_ bytes: [UInt8], from offset: Int = 0, threads: Int, parallelAbove: Int = 1 << 20,
                                        _ transform: @Sendable ([String], Int) -> Output) throws(UnterminatedQuote) -> [Output] {
        let pieces = bytes.withUnsafeBufferPointer { buffer in
            var start = offset
            if offset == 0, buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { start = 3 }
            return split(buffer, from: start, into: buffer.count > parallelAbove ? max(1, threads) : 1)
        }
        let results: [Result<[Output], UnterminatedQuote>] = Parallel.map(pieces, threads: threads) { piece in
            bytes.withUnsafeBufferPointer { buffer in
                var outputs: [Output] = []
                let result = parse(buffer, from: piece.start, to: piece.end, firstLine: piece.line) { fields, line in
                    outputs.append(transform(fields, line))
                }
                return result.map { outputs }
            }
        }
        var outputs: [Output] = []
        for result in results {
            switch result {
            case .success(let piece): outputs += piece
            case .failure(let error): throw error
            }
        }
        return outputs
    }

    private struct Piece {
        var start: Int
        var end: Int
        var line: Int
    }

    /// Where the reader is within a record, as `parse` reads it: the cuts must fall exactly
    /// where `parse` ends a record, or a piece starts inside a quoted field (found by `make fuzz`:
    /// a quote inside an unquoted field, or after a closing quote, is text to `parse`, and had
    /// toggled the quote state here).
    private enum SplitState {
        case fieldStart, unquoted, quoted, afterClosingQuote
    }

    /// Cuts `buffer` into about `count` pieces that each start at a record: one pass follows the
    /// reader's states and counts the lines that go by.
    private static func split(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, into count: Int) -> [Piece] {
        guard count > 1 else { return [Piece(start: start, end: buffer.count, line: 1)] }
        var pieces: [Piece] = []
        var pieceStart = start, pieceLine = 1
        var line = 1
        var state = SplitState.fieldStart
        var nextCut = start + (buffer.count - start) / count
        var index = start
        while index < buffer.count {
            let byte = buffer[index]
            switch state {
            case .quoted:
                if byte == quote {
                    if index + 1 < buffer.count, buffer[index + 1] == quote { index += 1 } else { state = .afterClosingQuote }
                } else if byte == newline {
                    line += 1
                }
            case .fieldStart, .unquoted, .afterClosingQuote:
                if byte == newline {
                    line += 1
                    state = .fieldStart
                    if index >= nextCut && pieces.count < count - 1 {
                        pieces.append(Piece(start: pieceStart, end: index + 1, line: pieceLine))
                        pieceStart = index + 1
                        pieceLine = line
                        nextCut = pieceStart + (buffer.count - start) / count
                    }
                } else if byte == comma || (byte == carriageReturn && state == .afterClosingQuote) {
                    state = .fieldStart
                } else if byte == quote && state == .fieldStart {
                    state = .quoted
                } else if state == .fieldStart {
                    state = .unquoted
                }
            }
            index += 1
        }
        pieces.append(Piece(start: pieceStart, end: buffer.count, line: pieceLine))
        return pieces
    }

    private static func parse(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to count: Int, firstLine: Int,
                              _ record: ([String], Int) -> Void) -> Result<Void, UnterminatedQuote> {
        var index = start
        var line = firstLine
        var fields: [String] = []
        while index < count {
            let startLine = line
            fields.removeAll(keepingCapacity: true)
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
                    if !closed { return .failure(UnterminatedQuote(line: startLine)) }
                    // Anything between the closing quote and the delimiter is kept, leniently.
                    let rest = index
                    while index < count, buffer[index] != comma, buffer[index] != newline, buffer[index] != carriageReturn { index += 1 }
                    field.append(contentsOf: buffer[rest..<index])
                    fields.append(String(decoding: field, as: UTF8.self))
                } else {
                    let fieldStart = index
                    while index < count, buffer[index] != comma, buffer[index] != newline { index += 1 }
                    var end = index
                    if end > fieldStart, buffer[end - 1] == carriageReturn { end -= 1 }
                    fields.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[fieldStart..<end]), as: UTF8.self))
                }
                if index < count, buffer[index] == carriageReturn { index += 1 }
                if index >= count {
                    atRecordEnd = true
                } else if buffer[index] == comma {
                    index += 1
                    if index >= count { fields.append(""); atRecordEnd = true }
                } else if buffer[index] == newline {
                    index += 1
                    line += 1
                    atRecordEnd = true
                }
            }
            if fields.count == 1 && fields[0].isEmpty { continue }  // a blank line
            record(fields, startLine)
        }
        return .success(())
    }

    private static let quote = UInt8(ascii: "\"")
    private static let comma = UInt8(ascii: ",")
    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
}
