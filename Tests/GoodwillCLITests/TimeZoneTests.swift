import Foundation
import Testing

/// "Today" is the user's calendar day, one value for every command: east of UTC, between local
/// midnight and UTC midnight, the local day has begun and UTC's has not, and the local day
/// counts. The clock is set for the child process by faketime (Debian `faketime`, installed by
/// `make test`), its time zone by `TZ`.
@Suite("Today is the user's local day")
struct TimeZoneTests {
    /// Runs goodwill at `localTime` (read in `zone`) under faketime.
    static func run(_ arguments: [String], zone: String, localTime: String) throws -> CLITests.Run {
        try CLITests.run(["-f", "@" + localTime, CLITests.binary.path] + arguments, executable: "/usr/bin/faketime",
                         environment: ["TZ": zone])
    }

    static func lastRow(_ site: URL) throws -> String {
        let text = try String(contentsOf: site.appendingPathComponent("network/activity.csv"), encoding: .utf8)
        return String(text.split(separator: "\n").last ?? "")
    }

    @Test("in Tokyo at 02:00 on 3 December (17:00 UTC on the 2nd), log, share --log and digest --log record the 3rd")
    func eastOfUTC() throws {
        let site = try LedgerCLITests.site()
        defer { try? FileManager.default.removeItem(at: site) }
        let (zone, time) = ("Asia/Tokyo", "2026-12-03 02:00:00")

        let log = try Self.run(["log", "--source", site.path, "helped", "lena-okafor"], zone: zone, localTime: time)
        #expect(log.status == 0, "\(log.stderr)")
        #expect(try Self.lastRow(site) == "2026-12-03,helped,lena-okafor,,,")
        // Written as a date, today's date is accepted too: it is not "in the future".
        let dated = try Self.run(["log", "--source", site.path, "met", "lena-okafor", "--date", "2026-12-03"], zone: zone, localTime: time)
        #expect(dated.status == 0, "\(dated.stderr)")

        let share = try Self.run(["share", "--source", site.path, "who-knows-you", "--contact", "tomas-reyes", "--via", "linkedin", "--log"],
                                 zone: zone, localTime: time)
        #expect(share.status == 0, "\(share.stderr)")
        #expect(try Self.lastRow(site) == "2026-12-03,shared,tomas-reyes,who-knows-you,linkedin,")

        let digest = try Self.run(["digest", "--source", site.path, "founders", "--contact", "lena-okafor", "--since", "2026-01-01", "--log"],
                                  zone: zone, localTime: time)
        #expect(digest.status == 0, "\(digest.stderr)")
        let last = try Self.lastRow(site)
        #expect(last.hasPrefix("2026-12-03,shared,lena-okafor,"), "\(last)")
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("reports/digests/founders/2026-12-03").path))
    }

    @Test("in Los Angeles at 20:00 on 2 December (04:00 UTC on the 3rd), today is the 2nd and the 3rd is still to come")
    func westOfUTC() throws {
        let site = try LedgerCLITests.site()
        defer { try? FileManager.default.removeItem(at: site) }
        let (zone, time) = ("America/Los_Angeles", "2026-12-02 20:00:00")
        let log = try Self.run(["log", "--source", site.path, "helped", "lena-okafor"], zone: zone, localTime: time)
        #expect(log.status == 0, "\(log.stderr)")
        #expect(try Self.lastRow(site) == "2026-12-02,helped,lena-okafor,,,")
        let before = try String(contentsOf: site.appendingPathComponent("network/activity.csv"), encoding: .utf8)
        let tomorrow = try Self.run(["log", "--source", site.path, "met", "lena-okafor", "--date", "2026-12-03"], zone: zone, localTime: time)
        #expect(tomorrow.status != 0)
        #expect(tomorrow.stderr.hasPrefix("--date: error: 2026-12-03 is in the future"), "\(tomorrow.stderr)")
        #expect(try String(contentsOf: site.appendingPathComponent("network/activity.csv"), encoding: .utf8) == before)
    }
}
