import Core
import Foundation

/// One request of a web server's access log in the Combined Log Format
/// (`%h %l %u %t "%r" %>s %b "%{Referer}i" "%{User-agent}i"`), as nginx and Apache write it.
/// The client address is read only to tell visits apart while counting; it is never stored
/// in a report.
struct AccessLogLine: Equatable {
    var client: String
    /// Seconds since the epoch, in UTC.
    var time: Int64
    var method: String
    /// The target as requested: path and query.
    var target: String
    var status: Int
    var userAgent: String

    /// Nil for a line that is not in the Combined (or Common) Log Format.
    init?(_ line: Substring) {
        var rest = line[...]
        func word() -> Substring? {
            guard let end = rest.firstIndex(of: " ") else { return nil }
            defer { rest = rest[rest.index(after: end)...] }
            return rest[..<end]
        }
        func quoted() -> String? {
            guard rest.first == "\"" else { return nil }
            var value = ""
            var index = rest.index(after: rest.startIndex)
            while index < rest.endIndex {
                let character = rest[index]
                if character == "\\", rest.index(after: index) < rest.endIndex {
                    index = rest.index(after: index)
                    value.append(rest[index])
                } else if character == "\"" {
                    rest = rest[rest.index(after: index)...].drop { $0 == " " }
                    return value
                } else {
                    value.append(character)
                }
                index = rest.index(after: index)
            }
            return nil
        }
        guard let client = word(), word() != nil, word() != nil, rest.first == "[",
              let close = rest.firstIndex(of: "]") else { return nil }
        guard let time = Self.time(rest[rest.index(after: rest.startIndex)..<close]) else { return nil }
        rest = rest[rest.index(after: close)...].drop { $0 == " " }
        guard let request = quoted() else { return nil }
        let parts = request.split(separator: " ")
        guard parts.count >= 2, let status = word().flatMap({ Self.number($0, digits: 3...3) }), (100...599).contains(status) else { return nil }
        _ = word()  // bytes
        _ = quoted()  // referer
        self.client = String(client)
        self.time = time
        self.method = String(parts[0])
        self.target = String(parts[1])
        self.status = status
        self.userAgent = quoted() ?? ""
    }

    /// `text` as a number written with only ASCII digits, as many as `digits` allows: `Int("+5")`
    /// and `Int("-5120")` would pass, and an hour of twenty digits would overflow the arithmetic.
    static func number(_ text: Substring, digits: ClosedRange<Int>) -> Int? {
        guard digits.contains(text.utf8.count), text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
        return Int(text)
    }

    static let months = ["Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "May": 5, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Oct": 10, "Nov": 11, "Dec": 12]

    /// `10/Oct/2026:13:55:36 -0700` → seconds since the epoch.
    static func time(_ text: Substring) -> Int64? {
        let fields = text.split(whereSeparator: { $0 == "/" || $0 == ":" || $0 == " " })
        guard fields.count == 7, let day = number(fields[0], digits: 1...2), let month = months[String(fields[1])],
              let year = number(fields[2], digits: 4...4), let hour = number(fields[3], digits: 2...2),
              let minute = number(fields[4], digits: 2...2), let second = number(fields[5], digits: 2...2),
              hour < 24, minute < 60, second <= 60,
              let date = ContentDate(parsing: String(format: "%04d-%02d-%02d", year, month, day)) else { return nil }
        let zone = fields[6]
        guard zone.count == 5, let sign = zone.first, sign == "+" || sign == "-",
              let hours = number(zone.dropFirst().prefix(2), digits: 2...2), let minutes = number(zone.suffix(2), digits: 2...2)
        else { return nil }
        let offset = (hours * 3600 + minutes * 60) * (sign == "-" ? -1 : 1)
        return Int64(date.dayNumber) * 86_400 + Int64(hour * 3600 + minute * 60 + second - offset)
    }
}
