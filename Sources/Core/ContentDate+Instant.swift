import Foundation

extension ContentDate {
    /// The instant `seconds` (since the epoch) as the clock in `timeZone` showed it, with its
    /// offset: `2023-06-11T17:33:58+02:00`. Its day is the user's day, its order the instant's,
    /// so a message read from an export lands on the day the user saw it.
    public init(instant seconds: Int64, timeZone: TimeZone = .current) {
        let (local, offset) = ContentDate.local(seconds, timeZone)
        let days = ContentDate.days(ofLocal: local)
        let secondOfDay = Int(local - Int64(days) * 86_400)
        let (year, month, day) = ContentDate.civil(fromDays: days)
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
        }
        func two(_ value: Int) -> String { padded(value, 2) }
        var text: String = padded(year, 4)
        text += "-" + two(month)
        text += "-" + two(day)
        text += "T" + two(secondOfDay / 3600)
        text += ":" + two(secondOfDay / 60 % 60)
        text += ":" + two(secondOfDay % 60)
        if offset == 0 {
            text += "Z"
        } else {
            let minutes = abs(offset) / 60
            let sign = offset < 0 ? "-" : "+"
            text += sign + two(minutes / 60)
            text += ":" + two(minutes % 60)
        }
        self.init(text: text, year: year, month: month, day: day, seconds: seconds, isDateOnly: false)
    }

    /// The day (a date only) the instant falls on by the clock in `timeZone`.
    public init(dayOf seconds: Int64, timeZone: TimeZone = .current) {
        self.init(dayNumber: ContentDate.days(ofLocal: ContentDate.local(seconds, timeZone).seconds))
    }

    /// The instant as the clock in `timeZone` reads it, in seconds, and that zone's offset then.
    private static func local(_ seconds: Int64, _ timeZone: TimeZone) -> (seconds: Int64, offset: Int) {
        let offset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds)))
        return (seconds + Int64(offset), offset)
    }

    /// Whole days since 1970-01-01 of a local time, rounding down before 1970 too.
    private static func days(ofLocal local: Int64) -> Int {
        Int(local >= 0 ? local / 86_400 : (local - 86_399) / 86_400)
    }

    /// The instant in UTC, `2023-06-11T15:33:58Z`: how imports key a message whatever the
    /// machine's time zone.
    public var utcText: String {
        ContentDate(instant: secondsSinceEpoch, timeZone: .utc).text
    }
}

extension TimeZone {
    /// UTC, made once.
    public static let utc = TimeZone(identifier: "UTC")!
}
