import CSV
import Foundation

/// Writes CSV through CSV.swift's writer, which quotes exactly the fields that need it.
enum CSVText {
    /// The rows as CSV text, each ended by `\n`.
    static func encode(_ rows: [[String]]) -> String {
        let stream = OutputStream(toMemory: ())
        stream.open()
        do {
            let writer = try CSVWriter(stream: stream)
            for row in rows {
                writer.beginNewRow()
                for field in row { try writer.write(field: field) }
            }
            writer.stream.close()
        } catch {
            // Writing to memory only fails when out of memory; nothing sensible to recover.
            preconditionFailure("cannot write CSV to memory: \(error)")
        }
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return rows.isEmpty ? "" : String(decoding: data, as: UTF8.self) + "\n"
    }
}
