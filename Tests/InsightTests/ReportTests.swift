import Core
import Foundation
import Ledger
import Testing
@testable import Insight

/// The report on the scripted ledger of `ScriptedNetwork` (days relative to D = 2026-11-23),
/// plus one `received` from ben on D−5. Every figure is worked out by hand beside its assertion.
@Suite("The report on a scripted ledger")
struct ReportTests {
    static var input: InsightInput {
        var input = ScriptedNetwork.input
        input.ledger.activities.append(Activity(date: ScriptedNetwork.day(-5), kind: .received, contact: "ben", line: 11))
        return input
    }

    static func report(_ configure: (inout ReportOptions) -> Void = { _ in }) -> ConversationReport {
        var options = ReportOptions()
        configure(&options)
        return ReportBuilder.build(input, options: options)
    }

    @Test("content → conversations: per article, ranked, never-shared last; per segment")
    func content() {
        let report = Self.report()
        // ben's share is followed by his named reply 30 days on; eve's by a meeting on day 14;
        // dan's meeting comes on day 15, too late; ana replied to nothing.
        #expect(report.articles.map(\.slug) == ["consulting-niche", "founders-pricing", "founders-hiring", "sales-coaching"])
        #expect(report.articles.map(\.shares) == [1, 1, 1, 1])
        #expect(report.articles.map(\.contactsReached) == [1, 1, 1, 1])
        #expect(report.articles.map(\.conversations) == [1, 1, 0, 0])
        #expect(report.articles.map(\.conversationRate) == [1, 1, 0, 0])
        // founders: ana, ben, cara, gus; shares to ana and ben, one converted; gives: gus's intro,
        // ben's and ana's shares; one ask (ana). consultants: eve, with her share and the intro.
        #expect(report.segments.map(\.segment) == ["founders", "sales-leaders", "consultants"])
        #expect(report.segments.map(\.contacts) == [4, 2, 1])
        #expect(report.segments.map(\.shares) == [2, 1, 1])
        #expect(report.segments.map(\.conversations) == [1, 0, 1])
        #expect(report.segments.map(\.gives) == [3, 1, 2])
        #expect(report.segments.map(\.asks) == [1, 0, 0])
        #expect(report.segments[0].giveAskRatio == 3)
        #expect(report.segments[1].giveAskRatio == nil)
    }

    @Test("the window: day 14 counts and day 15 does not; a narrower window drops eve's meeting")
    func window() {
        #expect(Self.report().articles.first { $0.slug == "consulting-niche" }?.conversations == 1)
        #expect(Self.report { $0.windowDays = 13 }.articles.first { $0.slug == "consulting-niche" }?.conversations == 0)
        // A reply that names the article counts whatever the window.
        #expect(Self.report { $0.windowDays = 0 }.articles.first { $0.slug == "founders-pricing" }?.conversations == 1)
    }

    @Test("give first: gives and asks by month, the ratio, and gives before the first ask")
    func giveFirst() {
        // Gives: the intro (D−70 = 2026-09-14) and four shares (09-24, 10-14 ×2, 10-24); the ask on 11-03.
        let summary = Self.report().giveFirst
        #expect(summary.gives == 5)
        #expect(summary.asks == 1)
        #expect(summary.ratio == 5)
        #expect(summary.byMonth == [.init(month: "2026-09", gives: 2, asks: 0), .init(month: "2026-10", gives: 3, asks: 0),
                                    .init(month: "2026-11", gives: 0, asks: 1)])
        #expect(summary.contacts == [.init(contact: "ana", name: "Ana Lima", givesBeforeFirstAsk: 1, askedBeforeGiven: false)])
        #expect(summary.askedBeforeGiven.isEmpty)
    }

    @Test("a contact asked before anything was given is flagged")
    func askedBeforeGiven() {
        var input = Self.input
        input.ledger.activities.append(Activity(date: ScriptedNetwork.day(-3), kind: .asked, contact: "cara", line: 12))
        let summary = ReportBuilder.build(input).giveFirst
        #expect(summary.askedBeforeGiven == ["cara"])
        #expect(summary.contacts.first == .init(contact: "cara", name: "Cara Diaz", givesBeforeFirstAsk: 0, askedBeforeGiven: true))
    }

    @Test("brokering: the intro bridged founders and consultants, and nothing followed within 14 days")
    func brokering() {
        let intros = Self.report().introductions
        #expect(intros.count == 1)
        #expect(intros[0].contacts == ["gus", "eve"])
        #expect(intros[0].segments == [["founders"], ["consultants"]])
        #expect(intros[0].isBridge)
        #expect(intros[0].followedBy.isEmpty)  // eve's next own row is a share 40 days later
        var input = Self.input
        input.ledger.activities.append(Activity(date: ScriptedNetwork.day(-60), kind: .received, contact: "eve", line: 13))
        #expect(ReportBuilder.build(input).introductions[0].followedBy == ["Eve Martin gave you something on 2026-09-24"])
    }

    @Test("bonding and bridging: effective segments, evenness, the top decile, the stay-in-touch list")
    func network() {
        // Rows per contact: ana 2, ben 3, dan 2, eve 3 (the intro names her), gus 1; cara and fay none: 11.
        // founders 2 + 3 + 1 = 6, sales leaders 2, consultants 3 → p = 6/11, 2/11, 3/11.
        let p = [6.0 / 11, 2.0 / 11, 3.0 / 11]
        let entropy = -p.reduce(0) { $0 + $1 * log($1) }   // 0.99492
        let shape = Self.report().network
        #expect(abs(shape.effectiveSegments - exp(entropy)) < 1e-9)
        #expect(abs(shape.effectiveSegments - 2.7045) < 1e-4)
        #expect(abs(shape.evenness! - entropy / log(3)) < 1e-9)
        #expect(abs(shape.evenness! - 0.9056) < 1e-4)
        #expect(shape.topDecileShare == 3.0 / 11)  // 7 contacts: the top 1 has 3 of 11 rows
        #expect(shape.contactsPerSegment.map(\.contacts) == [4, 2, 1])
        let report = Self.report()
        // gus (70 days, cadence 30) and ana, whose ask on D−20 is no touch: her share on D−40 is
        // the last (40 days); ben's received on D−5 touches him.
        #expect(report.overdue == [OverdueContact(contact: "gus", name: "Gus Berg", daysSinceLastTouch: 70, cadenceDays: 30),
                                   OverdueContact(contact: "ana", name: "Ana Lima", daysSinceLastTouch: 40, cadenceDays: 30)])
        #expect(report.overdue.map(\.daysOverdue) == [40, 10])
        // In touch in the period: ana, ben, dan, eve, gus; the top tenth of 5, rounded up, is 1 contact.
        #expect(shape.contactsInTouch == 5 && shape.topDecileContacts == 1)
        #expect(report.neverTouched == ["cara", "fay"])
    }

    @Test("the stay-in-touch list is most overdue first, with each contact's cadence")
    func overdueOrder() {
        var input = Self.input
        // 40 days later: ana 80 (her ask is no touch; cadence 30), ben 45 (30), dan 65 (45), eve 56 (30), gus 110 (30)
        input.asOf = ScriptedNetwork.day(40)
        let overdue = ReportBuilder.build(input).overdue
        #expect(overdue.map(\.contact) == ["gus", "ana", "eve", "dan", "ben"])
        #expect(overdue.map(\.daysOverdue) == [80, 50, 26, 20, 15])
    }

    @Test("reciprocity: received against given per contact")
    func reciprocity() {
        #expect(Self.report().reciprocity == [
            Reciprocity(contact: "ben", name: "Ben Okoro", given: 1, received: 1),
            Reciprocity(contact: "eve", name: "Eve Martin", given: 2, received: 0),
            Reciprocity(contact: "ana", name: "Ana Lima", given: 1, received: 0),
            Reciprocity(contact: "dan", name: "Dan Wu", given: 1, received: 0),
            Reciprocity(contact: "gus", name: "Gus Berg", given: 1, received: 0),
        ])
    }

    @Test("a period counts only its rows")
    func period() {
        let report = Self.report { $0.since = ContentDate(parsing: "2026-10-01"); $0.until = ContentDate(parsing: "2026-10-31") }
        #expect(report.articles.first { $0.slug == "founders-pricing" }?.shares == 0)
        #expect(report.giveFirst.byMonth == [.init(month: "2026-10", gives: 3, asks: 0)])
        #expect(report.introductions.isEmpty)
    }

    @Test("empty states: no shares, no asks, no intros, no activity read as such, never a crash")
    func empty() throws {
        var input = Self.input
        input.ledger = Ledger(contacts: [], activities: [])
        let report = ReportBuilder.build(input)
        #expect(report.articles.allSatisfy { $0.shares == 0 })
        #expect(report.network.effectiveSegments == 0 && report.network.evenness == nil)
        let html = ReportFormat.html.render(report, siteTitle: "T")
        for line in ["No article has been shared in this period yet.", "No gives and no asks in this period yet.",
                     "No asks yet: nobody has been asked for anything in this period.", "No introductions in this period yet.",
                     "No activity with contacts in a segment yet.", "No access log given"] {
            #expect(html.contains(line), "\(line)")
        }
    }

    @Test("names and notes are escaped in HTML, and Markdown and JSON carry the same numbers")
    func formats() throws {
        var input = Self.input
        input.ledger.contacts[0].name = "<script>alert(1)</script> & \"Ana\""
        let report = ReportBuilder.build(input)
        let html = ReportFormat.html.render(report, siteTitle: "T")
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Ana&quot;"))
        let json = try #require(JSONSerialization.jsonObject(with: Data(ReportFormat.json.render(report, siteTitle: "T").utf8)) as? [String: Any])
        for key in ["as_of", "window_days", "articles", "segments", "give_first", "introductions", "network", "overdue", "reciprocity", "clicks"] {
            #expect(json.keys.contains(key), "\(key)")
        }
        let giveFirst = try #require(json["give_first"] as? [String: Any])
        #expect(giveFirst["gives"] as? Int == 5)
        #expect((json["network"] as? [String: Any])?["top_decile_share"] as? Double == 0.273)
        #expect(ReportFormat.md.render(report, siteTitle: "T").contains("5 personal gives, 1 ask, give : ask 5.0 : 1."))
    }

    @Test("every month of the period shows, quiet ones as zero; each chart has its numbers as a table; scroll regions are named and focusable")
    func chartsHaveText() {
        // The last give or ask is 2026-11-03 (ana's ask); a report to 2027-01-31 runs three more months.
        var input = Self.input
        input.asOf = ContentDate(parsing: "2027-01-31")!
        let report = ReportBuilder.build(input)
        #expect(report.giveFirst.byMonth.map(\.month) == ["2026-09", "2026-10", "2026-11", "2026-12", "2027-01"])
        #expect(report.giveFirst.byMonth.suffix(2).map(\.gives) == [0, 0])
        let html = ReportFormat.html.render(report, siteTitle: "T")
        // Four articles were shared: the caption says four, not twelve.
        #expect(html.contains("for the 4 articles that led to most"))
        #expect(html.contains("aria-label=\"Gives and asks per month\""))
        #expect(html.contains("<th scope=\"row\">2027-01</th>"))
        #expect(html.contains("aria-label=\"Contacts and activity per segment\""))
        #expect(!html.contains("<th scope=\"col\"></th>"))
        let regions = html.components(separatedBy: "role=\"region\" tabindex=\"0\" aria-label=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(regions.count >= 6 && Set(regions).count == regions.count)  // every one named, no two alike
    }
}
