import Foundation

/// Text placed in HTML: names, notes and titles come from the ledger and imports, so every one
/// is escaped, in elements and attributes alike.
enum HTMLText {
    static func escape(_ text: String) -> String {
        // On bytes: the five characters escaped are ASCII, and never part of another character.
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case 0x26: out += Array("&amp;".utf8)
            case 0x3C: out += Array("&lt;".utf8)
            case 0x3E: out += Array("&gt;".utf8)
            case 0x22: out += Array("&quot;".utf8)
            case 0x27: out += Array("&#39;".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Numbers as the report writes them.
enum ReportNumber {
    static func percent(_ value: Double) -> String {
        "\(Int((value * 100).rounded()))%"
    }

    static func decimal(_ value: Double, places: Int = 1) -> String {
        String(format: "%.\(places)f", value)
    }

    /// `2.5 : 1`, or `no asks` when nothing was asked.
    static func ratio(_ value: Double?) -> String {
        value.map { "\(decimal($0)) : 1" } ?? "no asks"
    }
}

