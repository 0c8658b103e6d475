/// A publication date as written in front matter: `2024-03-12`, or an RFC 3339
/// date-time with an offset, `2024-03-12T09:30:00+01:00`.
///
/// Parsed by hand, strictly, because the common date parsers accept `2023-02-30`
/// and roll it over to March: a typo would silently move an article.
public struct ContentDate: Sendable, Equatable, Comparable, Hashable {
    /// Seconds since 1970-01-01T00:00:00Z; the order of articles.
    public let secondsSinceEpoch: Int64
    public let year: Int
    public let month: Int
    public let day: Int
    /// The date as written, kept for `datetime` attributes and feeds.
    public let text: String
    /// True when only a day was written.
    public let isDateOnly: Bool

    public static func < (lhs: ContentDate, rhs: ContentDate) -> Bool {
        lhs.secondsSinceEpoch < rhs.secondsSinceEpoch
    }

    /// `2024-03-12T00:00:00Z` for a bare date; the written text otherwise.
    public var rfc3339: String {
        isDateOnly ? "\(text)T00:00:00Z" : text
    }

    /// The calendar day as written (days since 1970-01-01), whatever the time and offset: what
    /// "days since" and "within 14 days" count, so a reply at 23:00 and one at 09:00 the next
    /// morning are a day apart, as the author sees them.
    public var dayNumber: Int {
        ContentDate.daysSinceEpoch(year: year, month: month, day: day)
    }

    /// The date of a day number: `ContentDate(day: 20_000)` is 2024-10-04.
    public init(dayNumber: Int) {
        let (year, month, day) = ContentDate.civil(fromDays: dayNumber)
        let text = String(year).leftPadded(4) + "-" + String(month).leftPadded(2) + "-" + String(day).leftPadded(2)
        self.init(text: text, year: year, month: month, day: day, seconds: Int64(dayNumber) * 86_400, isDateOnly: true)
    }

    /// `12 March 2024`, in the day the author wrote.
    public var display: String {
        "\(day) \(ContentDate.monthNames[month - 1]) \(year)"
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"]

    /// Returns nil when `text` is not a valid date; `parse(_:)` says why.
    public init?(parsing text: String) {
        guard case .success(let date) = ContentDate.parse(text) else { return nil }
        self = date
    }

    init(text: String, year: Int, month: Int, day: Int, seconds: Int64, isDateOnly: Bool) {
        self.text = text
        self.year = year
        self.month = month
        self.day = day
        self.secondsSinceEpoch = seconds
        self.isDateOnly = isDateOnly
    }

    /// Parses or explains what is wrong, for error messages.
    public static func parse(_ text: String) -> Result<ContentDate, DateProblem> {
        var utf8 = text
        return utf8.withUTF8 { parse(bytes: $0, text: text) }
    }

    private static func parse(bytes: UnsafeBufferPointer<UInt8>, text: String) -> Result<ContentDate, DateProblem> {
        var cursor = 0
        func number(_ width: Int) -> Int? {
            guard cursor + width <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[cursor..<cursor + width] {
                guard byte >= 48 && byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            cursor += width
            return value
        }
        func expect(_ characters: String) -> Bool {
            guard cursor < bytes.count, characters.utf8.contains(bytes[cursor]) else { return false }
            cursor += 1
            return true
        }
        guard let year = number(4), expect("-"), let month = number(2), expect("-"), let day = number(2) else {
            return .failure(.notADate)
        }
        guard (1...12).contains(month) else { return .failure(.noSuchMonth(month)) }
        let lastDay = daysInMonth(month, year: year)
        guard (1...lastDay).contains(day) else { return .failure(.noSuchDay(day, month: month, year: year, lastDay: lastDay)) }
        let days = daysSinceEpoch(year: year, month: month, day: day)
        if cursor == bytes.count {
            return .success(ContentDate(text: text, year: year, month: month, day: day,
                                        seconds: Int64(days) * 86_400, isDateOnly: true))
        }
        guard expect("Tt "), let hour = number(2), expect(":"), let minute = number(2), expect(":"), let second = number(2),
              hour < 24, minute < 60, second < 61 else {
            return .failure(.badTime)
        }
        if cursor < bytes.count, bytes[cursor] == UInt8(ascii: ".") {
            cursor += 1
            let start = cursor
            while cursor < bytes.count, bytes[cursor] >= 48, bytes[cursor] <= 57 { cursor += 1 }
            guard cursor > start else { return .failure(.badTime) }
        }
        var offsetSeconds = 0
        if expect("Zz") {
            offsetSeconds = 0
        } else if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "+") || bytes[cursor] == UInt8(ascii: "-") {
            let sign = bytes[cursor] == UInt8(ascii: "-") ? -1 : 1
            cursor += 1
            guard let offsetHours = number(2), expect(":"), let offsetMinutes = number(2), offsetHours < 24, offsetMinutes < 60 else {
                return .failure(.badOffset)
            }
            offsetSeconds = sign * (offsetHours * 3600 + offsetMinutes * 60)
        } else {
            return .failure(.missingOffset)
        }
        guard cursor == bytes.count else { return .failure(.trailingText) }
        let seconds = Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + second) - Int64(offsetSeconds)
        return .success(ContentDate(text: text, year: year, month: month, day: day, seconds: seconds, isDateOnly: false))
    }

    static func daysInMonth(_ month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Howard Hinnant's civil-from-days, the inverse of `daysSinceEpoch`.
    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Howard Hinnant's days-from-civil: exact for the proleptic Gregorian calendar.
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}

/// Why a date was refused, in words a writer understands.
public enum DateProblem: Error, Sendable, Equatable, CustomStringConvertible {
    case notADate
    case noSuchMonth(Int)
    case noSuchDay(Int, month: Int, year: Int, lastDay: Int)
    case badTime
    case missingOffset
    case badOffset
    case trailingText

    public var description: String {
        switch self {
        case .notADate: return "is not a date"
        case .noSuchMonth(let month): return "has no month \(month)"
        case .noSuchDay(let day, let month, let year, let lastDay):
            return "has no day \(day): \(ContentDate.monthNames[month - 1]) \(year) has \(lastDay) days"
        case .badTime: return "has a time that is not HH:MM:SS"
        case .missingOffset: return "has a time but no offset (add Z or +01:00)"
        case .badOffset: return "has an offset that is not +HH:MM"
        case .trailingText: return "has text after the date"
        }
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
