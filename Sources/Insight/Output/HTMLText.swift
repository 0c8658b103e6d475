import Foundation

/// Text placed in HTML: names, notes and titles come from the ledger and imports, so every one
/// is escaped, in elements and attributes alike.
enum HTMLText {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
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

