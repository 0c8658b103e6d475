import Core
import Foundation
import Ledger
import Testing
@testable import Insight

/// Digests planned on the scripted ledger (D = 2026-11-23). Founders: ana and cara have an
/// email, ben and gus do not; founders-pricing is 10 days old, founders-hiring 100.
@Suite("Digest plans")
struct DigestTests {
    /// ana and cara opted in 60 days before D.
    static func plan(_ extra: [Activity] = [], _ configure: (inout DigestOptions) -> Void = { _ in }) -> DigestPlan {
        var input = ScriptedNetwork.input
        input.ledger.activities += extra
        for index in input.ledger.contacts.indices where ["ana", "cara"].contains(input.ledger.contacts[index].id) {
            input.ledger.contacts[index].consent = .optedIn(ScriptedNetwork.day(-60))
        }
        var options = DigestOptions(segment: "founders")
        configure(&options)
        return DigestPlanner.plan(input, options: options)
    }

    @Test("the segment's contacts with an email get its new articles; the others are skipped with a reason")
    func recipients() {
        let plan = Self.plan()
        #expect(plan.since.text == "2026-10-24")  // no earlier digest: 30 days before D
        #expect(plan.recipients.map(\.contact.id) == ["ana", "cara"])
        #expect(plan.recipients.map { $0.articles.map(\.slug) } == [["founders-pricing"], ["founders-pricing"]])
        #expect(plan.skipped == [.init(contact: "ben", name: "Ben Okoro", reason: "no email address"),
                                 .init(contact: "gus", name: "Gus Berg", reason: "no email address")])
    }

    @Test("consent: an unsubscribe is final, even for a segment whose digest_consent is segment; no opt-in, no message")
    func consent() {
        var input = ScriptedNetwork.input
        let cara = input.ledger.contacts.firstIndex { $0.id == "cara" }!, ana = input.ledger.contacts.firstIndex { $0.id == "ana" }!
        input.ledger.contacts[cara].consent = .unsubscribed(ScriptedNetwork.day(-3))
        let optIn = DigestPlanner.plan(input, options: DigestOptions(segment: "founders"))
        #expect(optIn.recipients.isEmpty)
        #expect(optIn.skipped.first { $0.contact == "ana" }?.reason == "no opt-in (goodwill contacts opt-in ID records one)")
        #expect(optIn.skipped.first { $0.contact == "cara" }?.reason == "an unsubscribe")
        #expect(optIn.skipped.first { $0.contact == "ben" }?.reason == "no email address")
        // The user says the whole segment agreed: ana (never asked) gets it, cara still does not,
        // and neither does an explicit --contact.
        let founders = input.segments.firstIndex { $0.slug == "founders" }!
        input.segments[founders].digestToWholeSegment = true
        input.ledger.contacts[ana].consent = .unknown
        let whole = DigestPlanner.plan(input, options: DigestOptions(segment: "founders"))
        #expect(whole.recipients.map(\.contact.id) == ["ana"])
        #expect(whole.recipients.first?.consent == "in founders, whose digest_consent is segment")
        var onlyCara = DigestOptions(segment: "founders")
        onlyCara.contacts = ["cara"]
        #expect(DigestPlanner.plan(input, options: onlyCara).recipients.isEmpty)
    }

    @Test("never a resend: an article shared by LinkedIn last month is not in that contact's digest")
    func neverResend() {
        let plan = Self.plan([Activity(date: ScriptedNetwork.day(-20), kind: .shared, contact: "cara", ref: "founders-pricing", via: .linkedin, line: 20)])
        #expect(plan.recipients.map(\.contact.id) == ["ana"])
        #expect(plan.skipped.first { $0.contact == "cara" }?.reason == "every new article already")
    }

    @Test("since defaults to the segment's previous digest in the ledger")
    func sinceThePreviousDigest() {
        let earlier = Activity(date: ScriptedNetwork.day(-12), kind: .shared, contact: "ana", ref: "founders-hiring", via: .digest,
                               note: DigestPlanner.note(segment: "founders"), line: 20)
        #expect(Self.plan([earlier]).since.text == "2026-11-11")
        #expect(Self.plan([earlier]).sinceBecause == "the previous founders digest, on 2026-11-11")
        let later = Activity(date: ScriptedNetwork.day(-5), kind: .shared, contact: "ana", ref: "founders-hiring", via: .digest,
                             note: DigestPlanner.note(segment: "founders"), line: 20)
        let plan = Self.plan([later])
        #expect(plan.recipients.isEmpty)  // founders-pricing is older than the last digest
        #expect(plan.skipped.first { $0.contact == "cara" }?.reason == "no new article since 2026-11-18")
        // Another segment's digest does not count.
        let other = Activity(date: ScriptedNetwork.day(-5), kind: .shared, contact: "ana", ref: "founders-hiring", via: .digest,
                             note: DigestPlanner.note(segment: "consultants"), line: 20)
        #expect(Self.plan([other]).since.text == "2026-10-24")
    }

    @Test("--since, --contact and --limit")
    func options() {
        let plan = Self.plan { $0.since = ScriptedNetwork.day(-365); $0.contacts = ["cara"]; $0.limit = 1 }
        #expect(plan.recipients.map(\.contact.id) == ["cara"])
        #expect(plan.recipients[0].articles.map(\.slug) == ["founders-pricing"])  // newest first, one
        let both = Self.plan { $0.since = ScriptedNetwork.day(-365); $0.contacts = ["cara"] }
        #expect(both.recipients[0].articles.map(\.slug) == ["founders-pricing", "founders-hiring"])
    }

    @Test("quoted-printable keeps lines under 77 characters and round-trips UTF-8; headers become encoded words")
    func mime() {
        let text = "Zoë said: " + String(repeating: "é", count: 60) + " = done \nnext"
        let encoded = MIMEText.quotedPrintable(text)
        #expect(encoded.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 76 })
        #expect(encoded.contains("=3D") && encoded.contains("=20\r\nnext"))
        #expect(MIMEText.header("plain") == "plain")
        #expect(MIMEText.header("Zoë").hasPrefix("=?UTF-8?B?"))
        #expect(MIMEText.address(name: "A \"B\"", email: "a@b.c") == "\"A \\\"B\\\"\" <a@b.c>")
        // 1_796_230_800 is 2026-12-02T17:00:00Z; 86_399 more is the last second of the day.
        #expect(MIMEText.date(instant: 1_796_230_800) == "Wed, 2 Dec 2026 17:00:00 +0000")
        #expect(MIMEText.date(instant: 1_796_230_800 - 61_200 + 86_399) == "Wed, 2 Dec 2026 23:59:59 +0000")
        #expect(PersonName.first("Dr. Ngozi Adeyemi") == "Ngozi")
        #expect(Contact(id: "n", name: "Prof. 陳 博").firstName == "陳")
        #expect(Contact(id: "z", name: "Zoë Ñúñez").firstName == "Zoë")
    }
}
