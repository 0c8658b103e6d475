import Core
import Foundation
import Ledger
import Testing
@testable import Insight

/// What a salesperson acts on: who replied, what came in without a share, periods that hold,
/// numbers that do not mislead, warm before cold. On `ScriptedNetwork` (D = 2026-11-23) plus the
/// rows each test adds; every figure is worked out by hand beside its assertion.
@Suite("A report and suggestions a salesperson would act on")
struct ActionableInsightTests {
    static func day(_ offset: Int) -> ContentDate { ScriptedNetwork.day(offset) }

    static func input(adding rows: [(Int, ActivityKind, String, String, Channel?)] = []) -> InsightInput {
        var input = ScriptedNetwork.input
        for (offset, row) in rows.enumerated() {
            input.ledger.activities.append(Activity(date: day(row.0), kind: row.1, contact: row.2, ref: row.3, via: row.4, line: 100 + offset))
        }
        return input
    }

    static func report(_ input: InsightInput, since: String? = nil, until: String? = nil) -> ConversationReport {
        var options = ReportOptions()
        options.since = since.flatMap(ContentDate.init(parsing:))
        options.until = until.flatMap(ContentDate.init(parsing:))
        return ReportBuilder.build(input, options: options)
    }

    // MARK: The report

    @Test("who replied: each conversation with the person, the article, the share and the days between, newest first")
    func whoReplied() {
        let report = Self.report(Self.input())
        // eve met on D−16, 14 days after her share of consulting-niche (D−30); ben replied on D−30
        // naming founders-pricing, shared with him on D−60: 30 days.
        #expect(report.conversations.map(\.contact) == ["eve", "ben"])
        #expect(report.conversations.map(\.basis) == [.window, .named])
        #expect(report.conversations.map { $0.articles.map(\.slug) } == [["consulting-niche"], ["founders-pricing"]])
        #expect(report.conversations.map(\.sharedOn) == [Self.day(-30), Self.day(-60)])
        #expect(report.conversations.map(\.daysAfter) == [14, 30])
        let md = ReportFormat.md.render(report, siteTitle: "T")
        #expect(md.contains("| Eve Martin | 2026-11-07 | met | Finding a niche | 2026-10-24 | 14 |"))
        #expect(md.contains("| Ben Okoro | 2026-10-24 | replied | Pricing for founders (the reply names it) | 2026-09-24 | 30 |"))
        #expect(md.contains("2 conversations followed a share, all typed."))
        let html = ReportFormat.html.render(report, siteTitle: "T")
        #expect(html.contains("<h3>Who replied</h3>"))
    }

    @Test("conversations that followed no share are shown, with why")
    func unfollowed() {
        // cara replies on D−2 with nothing shared before; fay replies on D−1 naming founders-pricing,
        // never shared with her; dan's meeting (D−25) came 15 days after his share (D−40).
        let report = Self.report(Self.input(adding: [(-2, .replied, "cara", "", nil), (-1, .replied, "fay", "founders-pricing", nil)]))
        #expect(report.unfollowed.map(\.contact) == ["fay", "cara", "dan"])
        #expect(report.unfollowed.map(\.reason) == ["it names Pricing for founders, which had not been shared with them",
                                                    "nothing had been shared with them before",
                                                    "15 days after the last share (Coaching a sales team); the window is 14"])
        let html = ReportFormat.html.render(report, siteTitle: "T")
        #expect(html.contains("Conversations that did not follow a share"))
        #expect(html.contains("nothing had been shared with them before"))
    }

    @Test("a period holds: the give-first list is of contacts asked in it, gives before the first ask counted over all history")
    func givesInPeriod() {
        // ana asked on D−20 (2026-11-03); cara asks on 2026-10-05 (D−49), before anything was given her.
        let input = Self.input(adding: [(-49, .asked, "cara", "", nil)])
        let november = Self.report(input, since: "2026-11-01", until: "2026-11-23")
        // Only ana asked in November; her one give before it (the share of D−40, in October) counts.
        #expect(november.giveFirst.contacts == [.init(contact: "ana", name: "Ana Lima", givesBeforeFirstAsk: 1, askedBeforeGiven: false)])
        let october = Self.report(input, since: "2026-10-01", until: "2026-10-31")
        #expect(october.giveFirst.contacts == [.init(contact: "cara", name: "Cara Diaz", givesBeforeFirstAsk: 0, askedBeforeGiven: true)])
    }

    @Test("an article shared before the period is 'not shared in this period'; over all time, 'never shared'")
    func notSharedInPeriod() {
        let november = Self.report(Self.input(), since: "2026-11-01", until: "2026-11-23")
        #expect(november.isBounded)
        let md = ReportFormat.md.render(november, siteTitle: "T")
        #expect(!md.contains("never shared"))
        // Nothing was shared in November at all: no articles table, but the JSON rates are null, not 0.
        let json = ReportFormat.json.render(november, siteTitle: "T")
        #expect(json.contains("\"conversation_rate\": null"))
        #expect(!json.contains("\"conversation_rate\": 0.000"))
        var input = Self.input()
        input.articles.append(ArticleInfo(slug: "unshared", title: "Never given", segments: ["founders"], tags: [], date: Self.day(-3)))
        let all = Self.report(input)
        #expect(!all.isBounded)
        #expect(ReportFormat.md.render(all, siteTitle: "T").contains("| Never given | 0 | 0 | 0 | never shared |"))
        let october = Self.report(input, since: "2026-10-01", until: "2026-10-31")
        #expect(ReportFormat.md.render(october, siteTitle: "T").contains("| Pricing for founders | 0 | 0 | 0 | not shared in this period |"))
    }

    @Test("a period that cannot hold is an error; the file is named by its period")
    func periodErrors() {
        var options = ReportOptions()
        options.since = ContentDate(parsing: "2026-11-30")
        options.until = ContentDate(parsing: "2026-11-01")
        #expect(throws: Diagnostic.self) { try options.validate(asOf: ScriptedNetwork.asOf) }
        options.since = nil
        options.until = ContentDate(parsing: "2026-11-24")  // the day after the as-of day
        #expect(throws: Diagnostic.self) { try options.validate(asOf: ScriptedNetwork.asOf) }
        options.until = ScriptedNetwork.asOf
        #expect(throws: Never.self) { try options.validate(asOf: ScriptedNetwork.asOf) }
        #expect(ReportFormat.html.fileName(since: "2026-11-01", until: "2026-11-30") == "report-2026-11-01--2026-11-30.html")
        #expect(ReportFormat.md.fileName(since: nil, until: "2026-11-23") == "report-2026-11-23.md")
    }

    @Test("digest messages are counted apart from personal gives, and the give-first judgement stands on personal ones")
    func digestGives() {
        // Digests of founders-hiring to cara and gus on D−45; cara asks on D−3.
        let input = Self.input(adding: [(-45, .shared, "cara", "founders-hiring", .digest), (-45, .shared, "gus", "founders-hiring", .digest),
                                        (-3, .asked, "cara", "", nil)])
        let report = Self.report(input)
        // Personal gives: the intro, four shares = 5; digests 2; asks: ana's and cara's = 2 → 2.5 : 1.
        #expect(report.giveFirst.gives == 5 && report.giveFirst.digestGives == 2 && report.giveFirst.asks == 2)
        #expect(report.giveFirst.ratio == 2.5)
        // founders: personal gives gus's intro, ben's and ana's shares = 3; digests 2; asks 2.
        let founders = report.segments[0]
        #expect(founders.gives == 3 && founders.digestGives == 2 && founders.asks == 2 && founders.giveAskRatio == 1.5)
        // cara had only a digest before her ask: asked before given.
        #expect(report.giveFirst.askedBeforeGiven == ["cara"])
        #expect(ReportFormat.md.render(report, siteTitle: "T").contains("5 personal gives, 2 asks, give : ask 2.5 : 1; 2 digest messages apart."))
        // And suggest owes cara a give (a digest is not one): give first 1.
        let plan = Suggester.suggest(input)
        #expect(plan.suggestions.first { $0.contact == "cara" }?.score.giveFirst == 1)
    }

    @Test("concentration is over the contacts in touch, bridging is introductions across circles, an intro counts for both")
    func networkWords() {
        let report = Self.report(Self.input())
        // In touch: ana 2, ben 2, dan 2, eve 3 (her share, her meeting, the intro naming her), gus 1 = 10 rows of 5 contacts;
        // the top tenth of 5 is 1 contact: eve, 3 of 10.
        #expect(report.network.contactsInTouch == 5 && report.network.topDecileContacts == 1)
        #expect(report.network.topDecileShare == 0.3)
        #expect(report.network.introductions == 1 && report.network.bridgeIntroductions == 1)
        let md = ReportFormat.md.render(report, siteTitle: "T")
        #expect(md.contains("Of the 5 contacts you were in touch with in this period, the most active contact (the top 10%, rounded up) had 30% of the activity."))
        #expect(md.contains("Bridging is introducing people of different circles to each other: 1 of your 1 introduction in this period did."))
        #expect(!md.contains("you bridge between all your circles"))
    }

    @Test("rows check rejects count for nothing, and the report and suggest say how many")
    func leftOutRows() {
        // A share of a draft (not published) to gus on D−10: not a give, not a touch.
        let input = Self.input(adding: [(-10, .shared, "gus", "a-draft", .linkedin)])
        let report = Self.report(input)
        #expect(report.leftOutRows == 1)
        #expect(report.giveFirst.gives == 5)  // as without it
        #expect(report.overdue.first == OverdueContact(contact: "gus", name: "Gus Berg", daysSinceLastTouch: 70, cadenceDays: 30))
        #expect(ReportFormat.md.render(report, siteTitle: "T").contains("1 ledger row left out: it names an article that is not published (an unknown slug or a draft); goodwill check lists it."))
        let plan = Suggester.suggest(input)
        #expect(plan.leftOutRows == 1)
        #expect(plan.suggestions.first { $0.contact == "gus" }?.score.overdue == 1)
        #expect(SuggestionFormat.table.render(plan).contains("1 ledger row left out"))
    }

    @Test("what followed an introduction: in date order, and never a reply that answered a share")
    func afterIntroduction() {
        // The intro gus ↔ eve is on D−70. gus gets a share on D−69 and replies (unnamed) on D−68: that
        // reply is the share's. gus then gives something on D−60; eve replies on D−65 with nothing shared yet.
        let input = Self.input(adding: [(-69, .shared, "gus", "founders-hiring", .linkedin), (-68, .replied, "gus", "", nil),
                                        (-60, .received, "gus", "", nil), (-65, .replied, "eve", "", nil)])
        let intro = Self.report(input).introductions[0]
        #expect(intro.followedBy == ["Eve Martin replied on 2026-09-19", "Gus Berg gave you something on 2026-09-24"])
    }

    @Test("the page says how it is counted and how it was made, and the Markdown says who was never in touch")
    func pageStandsAlone() throws {
        var input = Self.input()
        input.asOf = Self.day(0)
        var options = ReportOptions()
        options.since = ContentDate(parsing: "2026-09-01")
        options.until = ContentDate(parsing: "2026-11-20")
        options.windowDays = 10
        let report = ReportBuilder.build(input, options: options, clicks: ClickSummary(files: ["/var/log/nginx/access log.gz"]))
        let html = ReportFormat.html.render(report, siteTitle: "T")
        #expect(!html.contains("docs/insight.md"))
        #expect(html.contains("<h2 id=\"counting-heading\">How it is counted</h2>"))
        #expect(html.contains("goodwill report --as-of 2026-11-23 --since 2026-09-01 --until 2026-11-20 --window 10 --access-log &#39;/var/log/nginx/access log.gz&#39;"))
        #expect(ReportFormat.md.render(report, siteTitle: "T").contains("Never in touch yet: 2 contacts."))  // cara and fay
    }

    @Test("two shares and one unnamed reply: both unclear, left out of the rates, and listed as such")
    func unclearBurst() {
        // cara gets founders-pricing on D−12 and founders-hiring on D−10, and replies without naming either on D−5.
        let input = Self.input(adding: [(-12, .shared, "cara", "founders-pricing", .email), (-10, .shared, "cara", "founders-hiring", .email),
                                        (-5, .replied, "cara", "", nil)])
        let report = Self.report(input)
        let pricing = report.articles.first { $0.slug == "founders-pricing" }!
        // founders-pricing: ben's converted share and cara's unclear one → 1 of 1 rated.
        #expect(pricing.shares == 2 && pricing.conversations == 1 && pricing.unclear == 1 && pricing.conversationRate == 1)
        let hiring = report.articles.first { $0.slug == "founders-hiring" }!
        // founders-hiring: ana's (no conversation) and cara's unclear one → 0 of 1.
        #expect(hiring.shares == 2 && hiring.conversations == 0 && hiring.unclear == 1 && hiring.conversationRate == 0)
        let cara = report.conversations.first { $0.contact == "cara" }!
        #expect(cara.basis == .unclear && cara.articles.map(\.slug) == ["founders-hiring", "founders-pricing"])
        // In the smoothed rates the unclear shares count for nothing: founders rated shares ana and ben, 1 of 2, as before.
        let index = ActivityIndex(input.ledger, articles: input.articles)
        let rates = ConversationRates(attribution: Attribution(index: index, asOfDay: input.asOf.dayNumber), index: index)
        #expect(rates.segmentRate("founders") == 0.5)
    }

    // MARK: Suggestions

    @Test("warm before cold: 300 never-touched contacts and 5 warm overdue ones; the warm are all in the top 10, cold ones take the allowance")
    func warmBeforeCold() {
        var contacts = (0..<300).map { Contact(id: String(format: "cold-%03d", $0), name: "Cold \($0)", segments: ["founders"]) }
        var rows: [Activity] = []
        for n in 0..<5 {
            let id = "warm-\(n)"
            contacts.append(Contact(id: id, name: "Warm \(n)", segments: ["founders"]))
            // Each got an article 60 + n days ago and replied to it the next day: overdue and warm.
            rows.append(Activity(date: Self.day(-60 - n), kind: .shared, contact: id, ref: "founders-hiring", line: 2 + 2 * n))
            rows.append(Activity(date: Self.day(-59 - n), kind: .replied, contact: id, line: 3 + 2 * n))
        }
        let input = InsightInput(ledger: Ledger(contacts: contacts, activities: rows), articles: ScriptedNetwork.articles,
                                 segments: ScriptedNetwork.segments, asOf: ScriptedNetwork.asOf)
        let plan = Suggester.suggest(input)
        #expect(plan.suggestions.count == 8)  // 5 warm + the allowance of 3
        #expect(Set(plan.suggestions.prefix(5).map(\.contact)) == ["warm-0", "warm-1", "warm-2", "warm-3", "warm-4"])
        #expect(plan.suggestions.filter(\.isCold).count == 3)
        #expect(plan.coldContactsLeft == 297)
        var options = SuggestionOptions()
        options.cold = 0
        #expect(Suggester.suggest(input, options: options).suggestions.count == 5)
        #expect(SuggestionFormat.table.render(plan).contains("297 more cold contacts (never in touch yet) could get an article: --cold N lists up to N of them."))
    }

    @Test("an ask does not reset the cadence clock")
    func askIsNoTouch() {
        // gus's last give is the intro of D−70; he is asked on D−2. Overdue stays at 70 of 60 (capped 1),
        // and he now owes a give.
        let plan = Suggester.suggest(Self.input(adding: [(-2, .asked, "gus", "", nil)]))
        let gus = plan.suggestions.first { $0.contact == "gus" }!
        #expect(gus.score.overdue == 1 && gus.score.giveFirst == 1)
        #expect(gus.reasons.contains("last touch 70 days ago, cadence 30"))
    }

    @Test("namesakes are told apart by company")
    func namesakes() {
        var input = Self.input()
        input.ledger.contacts.append(Contact(id: "ana-2", name: "Ana Lima", company: "Northwind", segments: ["founders"]))
        let plan = Suggester.suggest(input)
        #expect(plan.suggestions.first { $0.contact == "ana-2" }?.displayName == "Ana Lima (Northwind)")
        #expect(plan.suggestions.first { $0.contact == "ana" }?.displayName == "Ana Lima (ana)")  // no company or position: the id
        #expect(plan.suggestions.first { $0.contact == "ben" }?.displayName == "Ben Okoro")
    }

    @Test("nothing to suggest says why truthfully, even beside introductions, and for one contact")
    func truthfulNothing() {
        var input = Self.input()
        input.articles = []
        let plan = Suggester.suggest(input)
        #expect(!plan.introductions.isEmpty)
        #expect(plan.noSuggestionsBecause == "no article is published yet as of 2026-11-23")
        #expect(SuggestionFormat.table.render(plan).contains("No article to give, because no article is published yet as of 2026-11-23."))
        var options = SuggestionOptions()
        options.contact = "dan"
        #expect(Suggester.suggest(Self.input(), options: options).noSuggestionsBecause
                == "Dan Wu already has every published article that fits them (1), and an article is never sent twice")
    }

    @Test("no tags, no introductions, and suggest says what to add")
    func noTags() {
        var input = Self.input()
        input.ledger.contacts = input.ledger.contacts.map { var contact = $0; contact.tags = []; return contact }
        let plan = Suggester.suggest(input)
        #expect(plan.introductions.isEmpty)
        #expect(plan.noIntroductionsBecause?.contains("no contact has a tag yet (LinkedIn and vCard imports give none)") == true)
        #expect(SuggestionFormat.md.render(plan).contains("goodwill contacts edit ID --tags pricing,hiring"))
    }
}
