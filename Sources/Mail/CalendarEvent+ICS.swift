import Core
import Foundation

extension CalendarEvent {
    /// The first event of an iCalendar text (RFC 5545): `METHOD`, `DTSTART`, `ORGANIZER` and each
    /// `ATTENDEE` with its `PARTSTAT`; folded lines unfolded. Nil without a `VEVENT`.
    init?(ics: String) {
        var lines: [String] = []
        for raw in ics.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            var line = String(raw)
            if line.hasSuffix("\r") { line.removeLast() }
            if let first = line.first, first == " " || first == "\t", !lines.isEmpty {
                lines[lines.count - 1] += line.dropFirst()
            } else {
                lines.append(line)
            }
        }
        var method = "", inEvent = false, sawEvent = false
        var start: Int64?, startDay: ContentDate?, organizer: String?
        var attendees: [(address: String, status: String)] = []
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let head = line[..<colon], value = String(line[line.index(after: colon)...]).trimmed
            let parts = head.split(separator: ";")
            let name = parts.first.map { $0.uppercased() } ?? ""
            let parameters = Dictionary(parts.dropFirst().compactMap { part -> (String, String)? in
                guard let equals = part.firstIndex(of: "=") else { return nil }
                return (part[..<equals].uppercased(), String(part[part.index(after: equals)...]).trimmingCharacters(in: CharacterSet(charactersIn: "\"")))
            }, uniquingKeysWith: { first, _ in first })
            switch name {
            case "METHOD": method = value.uppercased()
            case "BEGIN" where value.uppercased() == "VEVENT": inEvent = !sawEvent; sawEvent = true
            case "END" where value.uppercased() == "VEVENT": inEvent = false
            case "DTSTART" where inEvent:
                (start, startDay) = Self.start(value, timeZone: parameters["TZID"])
            case "ORGANIZER" where inEvent: organizer = Self.address(value)
            case "ATTENDEE" where inEvent:
                if let address = Self.address(value) { attendees.append((address, (parameters["PARTSTAT"] ?? "NEEDS-ACTION").uppercased())) }
            default: break
            }
        }
        guard sawEvent else { return nil }
        self.init(method: method, start: start, startDay: startDay, organizer: organizer, attendees: attendees)
    }

    static func address(_ value: String) -> String? {
        let lowered = value.lowercased()
        let address = lowered.hasPrefix("mailto:") ? String(lowered.dropFirst(7)) : lowered
        return address.contains("@") ? address : nil
    }

    /// `20261105T150000Z`, `20261105T150000` (in `TZID`, else floating: read as UTC) or `20261105`.
    static func start(_ value: String, timeZone: String?) -> (Int64?, ContentDate?) {
        let digits = value.filter(\.isNumber)
        guard digits.count >= 8, let year = Int(digits.prefix(4)), let month = Int(digits.dropFirst(4).prefix(2)),
              let day = Int(digits.dropFirst(6).prefix(2)),
              let date = ContentDate(parsing: String(format: "%04d-%02d-%02d", year, month, day)) else { return (nil, nil) }
        guard value.contains("T"), digits.count >= 14, let hour = Int(digits.dropFirst(8).prefix(2)),
              let minute = Int(digits.dropFirst(10).prefix(2)), let second = Int(digits.dropFirst(12).prefix(2)) else { return (nil, date) }
        var instant = Int64(date.dayNumber) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        if !value.hasSuffix("Z"), let zone = timeZone.flatMap(TimeZone.init(identifier:)) {
            instant -= Int64(zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant))))
        }
        return (instant, nil)
    }
}
