import Foundation

/// The moment that counts as now for one command: read once at the top (the clock, in the
/// user's time zone, or `--as-of`) and passed to every rule that asks "has this happened yet?",
/// so that `log`, `share --log`, `digest --log`, a build and the report agree on which day it is.
///
/// A date written without a time (`2026-12-03`) is a day of the user's calendar: it has come
/// when that day has, whatever the hour is in UTC. A date with a time is an instant.
public struct Today: Sendable, Equatable {
    /// The user's calendar day.
    public let day: ContentDate
    /// Seconds since the epoch.
    public let instant: Int64

    public init(day: ContentDate, instant: Int64) {
        self.day = day
        self.instant = instant
    }

    /// The instant `instant`, on the calendar of `timeZone`.
    public init(instant: Int64, timeZone: TimeZone = .current) {
        self.init(day: ContentDate(dayOf: instant, timeZone: timeZone), instant: instant)
    }

    /// The clock, in the process's time zone (`TZ`).
    public static func fromClock() -> Today {
        Today(instant: Int64(Date().timeIntervalSince1970))
    }

    /// A day given on the command line (`--as-of`): its last second, in `timeZone`, is the instant,
    /// so everything dated that day counts.
    public static func endOf(_ day: ContentDate, timeZone: TimeZone = .current) -> Today {
        let startUTC = Int64(day.dayNumber) * 86_400
        let offset = Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(startUTC))))
        return Today(day: ContentDate(dayNumber: day.dayNumber), instant: startUTC + 86_399 - offset)
    }

    /// Whether `date` has come: a day by the user's calendar, a time by the instant.
    public func hasCome(_ date: ContentDate) -> Bool {
        date.isDateOnly ? date.dayNumber <= day.dayNumber : date.secondsSinceEpoch <= instant
    }

    /// `days` before today, as a day.
    public func daysAgo(_ days: Int) -> ContentDate {
        ContentDate(dayNumber: day.dayNumber - days)
    }

    /// A day as people write it on a command line: a date, `today`, `yesterday`, or `-3d`
    /// (three days ago). Anything else is returned as written, to be checked as a date.
    public func resolve(_ written: String) -> String {
        let days: Int?
        switch written.lowercased() {
        case "today": days = 0
        case "yesterday": days = 1
        case let text where text.hasPrefix("-") && text.hasSuffix("d"): days = Int(text.dropFirst().dropLast())
        default: days = nil
        }
        guard let days else { return written }
        return daysAgo(days).text
    }
}
