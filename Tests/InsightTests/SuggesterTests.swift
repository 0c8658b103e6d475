import Core
import Foundation
import Ledger
import Testing
@testable import Insight

/// A small ledger written here, with dates relative to the as-of day D, and every expected
/// figure worked out by hand beside its assertion (weights: give-first .30, overdue .25, fit .20,
/// conversation .15, freshness .10).
struct ScriptedNetwork {
    static let asOf = ContentDate(parsing: "2026-11-23")!
    static func day(_ offset: Int) -> ContentDate { ContentDate(dayNumber: asOf.dayNumber + offset) }

    static let articles = [
        ArticleInfo(slug: "founders-pricing", title: "Pricing for founders", segments: ["founders"], tags: ["Pricing"], date: day(-10)),
        ArticleInfo(slug: "sales-coaching", title: "Coaching a sales team", segments: ["sales-leaders"], tags: ["Coaching"], date: day(-5)),
        ArticleInfo(slug: "consulting-niche", title: "Finding a niche", segments: ["consultants"], tags: ["Pricing"], date: day(-20)),
        ArticleInfo(slug: "founders-hiring", title: "Hiring the first seller", segments: ["founders"], tags: ["Hiring"], date: day(-100)),
    ]

    static let segments = [SegmentInfo(slug: "founders", title: "Founders"),
                           SegmentInfo(slug: "sales-leaders", title: "Sales leaders", cadenceDays: 45),
                           SegmentInfo(slug: "consultants", title: "Consultants")]

    static let contacts = [
        Contact(id: "ana", name: "Ana Lima", email: "ana@x.example", segments: ["founders"]),
        Contact(id: "ben", name: "Ben Okoro", segments: ["founders"]),
        Contact(id: "cara", name: "Cara Diaz", email: "cara@x.example", segments: ["founders"]),
        Contact(id: "dan", name: "Dan Wu", segments: ["sales-leaders"]),
        Contact(id: "eve", name: "Eve Martin", email: "eve@x.example", segments: ["consultants"], tags: ["pricing"]),
        Contact(id: "fay", name: "Fay Ito", segments: ["sales-leaders"], tags: ["Pricing"]),
        Contact(id: "gus", name: "Gus Berg", segments: ["founders"], tags: ["pricing"]),
    ]

    static let activities: [(Int, ActivityKind, String, String)] = [
        (-70, .intro, "gus", "eve"),                  // gus and eve already introduced
        (-60, .shared, "ben", "founders-pricing"),
        (-40, .shared, "ana", "founders-hiring"),
        (-40, .shared, "dan", "sales-coaching"),
        (-30, .shared, "eve", "consulting-niche"),
        (-30, .replied, "ben", "founders-pricing"),   // names the article: counts 30 days on
        (-25, .met, "dan", ""),                       // 15 days after dan's share: outside the window
        (-20, .asked, "ana", ""),                     // ana asked after the last give
        (-16, .met, "eve", ""),                       // 14 days after eve's share: inside the window
    ]

    static var input: InsightInput {
        let rows = activities.enumerated().map { line, row in
            Activity(date: day(row.0), kind: row.1, contact: row.2, ref: row.3, line: line + 2)
        }
        return InsightInput(ledger: Ledger(contacts: contacts, activities: rows), articles: articles, segments: segments, asOf: asOf)
    }
}

@Suite("Suggestions on a scripted ledger")
struct SuggesterTests {
    static func plan(_ configure: (inout SuggestionOptions) -> Void = { _ in }) -> SuggestionPlan {
        var options = SuggestionOptions()
        configure(&options)
        return Suggester.suggest(ScriptedNetwork.input, options: options)
    }

    @Test("the contact who asked and was not given since comes first, then the overdue and the warm; cold contacts last; dan, who has all that fits, gets nothing")
    func order() {
        // Weights: give first .25, overdue .20, warmth .15, fit .15, conversation .15, freshness .10.
        // Shares 4, conversations 2 (ben's named reply, eve's meeting on day 14): overall (2+1)/(4+2) = .5.
        // founders: 1 of 2 → (1 + 4·.5)/(2+4) = .5; sales leaders: 0 of 1 → (0 + 2)/5 = .4.
        // founders-pricing in founders: 1 of 1 → (1 + 4·.5)/5 = .6; freshness 90/(90+10) = .9.
        // ana: owes a give (asked D−20 after the share D−40); her ask is no touch, so 40 days of 60 →
        //   .25 + .20·.6667 + 0 + .15 + .15·.6 + .10·.9 = .25 + .1333 + .15 + .09 + .09 = .7133
        // gus: his intro D−70 (a give) is the last touch: 70 of 60, capped at 1 → .20 + .15 + .09 + .09 = .53
        // ben: 30 of 60 → .10; one conversation 30 days ago: 1/3 ÷ (1 + 30/180) = .2857 → .0429;
        //   founders-hiring (0 + 2)/5 = .4, freshness 90/190 → .15 + .06 + .0474: total .4002
        // eve: 16 of 60 → .0533; her meeting 16 days ago: 1/3 ÷ (1 + 16/180) = .3061 → .0459; a tag fit (½)
        //   with founders-pricing over everyone (1 + 4·.5)/5 = .6 → .075 + .09 + .09: total .3543
        // cara, cold: no overdue, no warmth → .15 + .09 + .09 = .33
        // fay, cold: sales-coaching (0 + 4·.4)/5 = .32, freshness 90/95 → .15 + .048 + .0947 = .2927
        let plan = Self.plan()
        #expect(plan.suggestions.map(\.contact) == ["ana", "gus", "ben", "eve", "cara", "fay"])
        #expect(plan.suggestions.map(\.article) == ["founders-pricing", "founders-pricing", "founders-hiring", "founders-pricing",
                                                    "founders-pricing", "sales-coaching"])
        let expected = [0.713333, 0.53, 0.400226, 0.354252, 0.33, 0.292737]
        for (suggestion, score) in zip(plan.suggestions, expected) {
            #expect(abs(suggestion.score.total - score) < 0.000_01, "\(suggestion.contact): \(suggestion.score.total)")
        }
        #expect(plan.suggestions.map(\.isCold) == [false, false, false, false, true, true])
        #expect(plan.nothingBecause == nil)
    }

    @Test("each reason's numbers are the ledger's")
    func reasons() {
        let byContact = Dictionary(uniqueKeysWithValues: Self.plan().suggestions.map { ($0.contact, $0) })
        #expect(byContact["ana"]?.reasons == ["Founders · 1 of 1 founders who got it replied", "last touch 40 days ago, cadence 30",
                                              "you asked on 2026-11-03 and have not given since", "published 10 days ago"])
        #expect(byContact["fay"]?.reasons == ["Sales leaders · 0 of 1 sales leaders who got it replied", "never in touch yet: a cold contact",
                                              "published 5 days ago"])
        #expect(byContact["eve"]?.reasons == ["shares the tag Pricing · 1 of 1 who got it replied", "last touch 16 days ago, cadence 30",
                                              "1 conversation, 16 days ago", "published 10 days ago"])
        #expect(byContact["ana"]?.segment == "founders")
        #expect(byContact["eve"]?.segment == nil)
        #expect(byContact["ana"]?.log == "goodwill log shared ana founders-pricing --via email")
        #expect(byContact["ben"]?.log == "goodwill log shared ben founders-hiring --via linkedin")
    }

    @Test("never a resend: with room for every article, nobody is offered one they have, on any channel")
    func neverResend() {
        let input = ScriptedNetwork.input
        let plan = Self.plan { $0.perContact = 10; $0.limit = 100 }
        let sent = Set(input.ledger.activities.filter { $0.kind == .shared }.map { "\($0.contact) \($0.ref)" })
        #expect(!plan.suggestions.isEmpty)
        for suggestion in plan.suggestions { #expect(!sent.contains("\(suggestion.contact) \(suggestion.article)")) }
        // dan has the one sales-leaders article and no tags: nothing fits him.
        #expect(!plan.suggestions.contains { $0.contact == "dan" })
        // ana: founders-pricing only (founders-hiring was shared with her); no tag fits.
        #expect(plan.suggestions.filter { $0.contact == "ana" }.map(\.article) == ["founders-pricing"])
    }

    @Test("segment fit is respected: --segment keeps its contacts and its articles")
    func segmentFilter() {
        let plan = Self.plan { $0.segment = "sales-leaders"; $0.perContact = 5 }
        #expect(plan.suggestions.map(\.contact) == ["fay"])
        #expect(plan.suggestions.map(\.article) == ["sales-coaching"])
        for intro in plan.introductions { #expect(intro.contacts.contains("fay") || intro.contacts.contains("dan")) }
    }

    @Test("introductions cross segments, share a tag and skip pairs already introduced")
    func introductions() {
        // pricing: eve (consultants), fay (sales leaders), gus (founders). eve–gus were introduced.
        // eve–fay: 2 segments + 1 tag + eve active (16 days) = 4; fay–gus: 2 + 1 + gus active (70 days) = 4.
        let plan = Self.plan()
        #expect(plan.introductions.map(\.contacts) == [["eve", "fay"], ["fay", "gus"]])
        #expect(plan.introductions.map(\.worth) == [4, 4])
        #expect(plan.introductions[0].reasons == ["Eve Martin is in Consultants, Fay Ito in Sales leaders: a bridge across 2 segments",
                                                  "both tagged pricing", "Eve Martin in touch in the last 90 days"])
        #expect(plan.introductions[0].log == "goodwill log intro eve fay")
    }

    @Test("one contact: only their suggestions and introductions")
    func oneContact() {
        // Article parts: founders-pricing .15 + .09 + .09 = .33; founders-hiring .15 + .06 + .0474 = .2574;
        // consulting-niche, a tag fit (Pricing): .075 + .15·.6 + .10·90/110 = .2468.
        let plan = Self.plan { $0.contact = "gus"; $0.perContact = 3 }
        #expect(plan.suggestions.map(\.article) == ["founders-pricing", "founders-hiring", "consulting-niche"])
        #expect(plan.introductions.map(\.contacts) == [["fay", "gus"]])
    }

    @Test("an empty ledger or a site with no articles says why there is nothing to suggest")
    func nothing() {
        var input = ScriptedNetwork.input
        input.ledger = Ledger(contacts: [], activities: [])
        #expect(Suggester.suggest(input).nothingBecause?.hasPrefix("the ledger has no contacts yet") == true)
        input = ScriptedNetwork.input
        input.articles = []
        input.ledger.contacts = input.ledger.contacts.map { var c = $0; c.tags = []; return c }
        #expect(Suggester.suggest(input).nothingBecause == "no article is published yet as of 2026-11-23")
    }
}

@Suite("The rules, one by one")
struct InsightRuleTests {
    @Test("attribution: a named reply counts whatever the gap; an unnamed one or a meeting within 14 days, day 14 in and day 15 out")
    func attributionWindow() {
        let input = ScriptedNetwork.input
        let index = ActivityIndex(input.ledger, articles: input.articles)
        let attribution = Attribution(index: index, asOfDay: input.asOf.dayNumber)
        let converted = Set(attribution.converted.map { "\(index.activity($0).contact) \(index.activity($0).ref)" })
        #expect(attribution.shares.count == 4)
        #expect(converted == ["ben founders-pricing", "eve consulting-niche"])
        let narrower = Attribution(index: index, windowDays: 13, asOfDay: input.asOf.dayNumber)
        #expect(Set(narrower.converted.map { index.activity($0).contact }) == ["ben"])
    }

    @Test("cadence: the contact's own, else the shortest of their segments', else 30")
    func cadence() {
        let input = ScriptedNetwork.input
        let cadence = Cadence(index: ActivityIndex(input.ledger, articles: input.articles), segments: input.segments + [SegmentInfo(slug: "x", title: "X", cadenceDays: 20)],
                              asOfDay: input.asOf.dayNumber)
        #expect(cadence.days(for: Contact(id: "a", name: "A", segments: ["founders"], cadenceDays: 7)) == 7)
        #expect(cadence.days(for: Contact(id: "a", name: "A", segments: ["sales-leaders", "x"])) == 20)
        #expect(cadence.days(for: Contact(id: "a", name: "A", segments: ["founders"])) == 30)
    }

    @Test("give balance: an intro is a give to both sides; an ask after the last give means a give is owed")
    func giveBalance() {
        let input = ScriptedNetwork.input
        let index = ActivityIndex(input.ledger, articles: input.articles)
        let balance = GiveBalance(index: index, asOfDay: input.asOf.dayNumber)
        let ana = balance.account(ofContactAt: index.position["ana"]!)
        #expect(ana.gives == 1 && ana.asks == 1 && ana.owesAGive && !ana.askedBeforeGiven && ana.givesBeforeFirstAsk == 1)
        #expect(balance.account(ofContactAt: index.position["eve"]!).gives == 2)  // the intro and the share
    }
}
