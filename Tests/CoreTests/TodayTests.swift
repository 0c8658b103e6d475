import Foundation
import Testing
@testable import Core

@Suite("Today: the user's calendar day and the instant")
struct TodayTests {
    static func zone(_ name: String) -> TimeZone { TimeZone(identifier: name)! }
    /// 2026-12-02T17:00:00Z.
    static let instant: Int64 = 1_796_230_800

    @Test("the day is the local calendar's: 17:00 UTC on 2 December is the 3rd in Tokyo (+9) and the 2nd in Los Angeles (-8)")
    func localDay() {
        #expect(Today(instant: Self.instant, timeZone: Self.zone("UTC")).day.text == "2026-12-02")
        #expect(Today(instant: Self.instant, timeZone: Self.zone("Asia/Tokyo")).day.text == "2026-12-03")         // 02:00 on the 3rd
        #expect(Today(instant: Self.instant, timeZone: Self.zone("America/Los_Angeles")).day.text == "2026-12-02")  // 09:00 on the 2nd
        // 08:00 UTC on the 3rd is midnight in Los Angeles: its 3rd begins.
        #expect(Today(instant: Self.instant + 15 * 3_600, timeZone: Self.zone("America/Los_Angeles")).day.text == "2026-12-03")
        #expect(Today(instant: Self.instant + 15 * 3_600 - 1, timeZone: Self.zone("America/Los_Angeles")).day.text == "2026-12-02")
    }

    @Test("a date-only day has come when the local day has; a date with a time when the instant has")
    func hasCome() throws {
        let tokyo = Today(instant: Self.instant, timeZone: Self.zone("Asia/Tokyo"))
        #expect(tokyo.hasCome(try ContentDate.parse("2026-12-03").get()))
        #expect(!tokyo.hasCome(try ContentDate.parse("2026-12-04").get()))
        #expect(tokyo.hasCome(try ContentDate.parse("2026-12-03T01:59:00+09:00").get()))   // 16:59 UTC
        #expect(!tokyo.hasCome(try ContentDate.parse("2026-12-03T02:01:00+09:00").get()))  // one minute later than now
    }

    @Test("--as-of a day counts everything dated that day, to its last second in the user's zone")
    func endOfDay() throws {
        let day = try ContentDate.parse("2026-12-02").get()
        #expect(Today.endOf(day, timeZone: Self.zone("UTC")).instant == 1_796_255_999)             // 23:59:59Z
        #expect(Today.endOf(day, timeZone: Self.zone("Asia/Tokyo")).instant == 1_796_255_999 - 9 * 3_600)
        #expect(Today.endOf(day, timeZone: Self.zone("Asia/Tokyo")).day == day)
    }

    @Test("today, yesterday and -3d are days before the injected day, whatever the clock says")
    func relativeDays() {
        let today = Today(instant: Self.instant, timeZone: Self.zone("Asia/Tokyo"))
        #expect(today.resolve("today") == "2026-12-03")
        #expect(today.resolve("Yesterday") == "2026-12-02")
        #expect(today.resolve("-3d") == "2026-11-30")
        #expect(today.resolve("2026-01-01") == "2026-01-01")
    }
}
