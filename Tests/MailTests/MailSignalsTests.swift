import Core
import Foundation
import Ledger
import Testing
@testable import Mail

/// Mail written by `MailFixture` into an mbox, read back by `MailFiles` (GMime underneath) and
/// turned into rows by `MailSignals`. Each case's expected rows are worked out beside it.
@Suite("Shares, replies and meetings found in mail")
struct MailSignalsTests {
    typealias F = MailFixture
    static let links = ArticleLinks(siteURL: F.site, paths: [("/articles/call-reviews/", "call-reviews"), ("/articles/give-first/", "give-first")],
                                    contactsByToken: [:])
    static let asOf = Today.endOf(ContentDate(parsing: "2026-11-30")!, timeZone: TimeZone(identifier: "UTC")!).instant

    static func rows(_ messages: [F.Message], digestIDs: Set<String> = []) throws -> (rows: [FoundActivity], leftOut: [String: Int], mails: [MailMessage]) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("goodwill-mail-\(UUID().uuidString).mbox")
        defer { try? FileManager.default.removeItem(at: file) }
        try F.mbox(messages).write(to: file, atomically: true, encoding: .utf8)
        var files = MailFiles()
        var mails: [MailMessage] = []
        try files.read(file.path) { mails.append($0) }
        var options = MailSignals.Options(me: [F.me], asOfInstant: asOf)
        options.digestIDs = digestIDs
        let (found, leftOut) = MailSignals.find(in: mails, options: options, links: links)
        return (found.rows, leftOut, mails)
    }

    static func summary(_ rows: [FoundActivity]) -> [String] {
        rows.map { "\($0.kind.rawValue) \($0.person.email) \($0.ref)" }
    }

    static let share = F.message(id: "s1@quill.example", from: "Mara Quill <\(F.me)>", to: ["Ana Lima <ana@lima.example>"],
                                 date: "Tue, 03 Nov 2026 09:00:00 +0100", subject: "Call reviews",
                                 body: "Hi Ana,\n\nthis may help: \(F.site)/articles/call-reviews/?utm_source=email&utm_content=tok\n\nMara")

    @Test("a share, then a reply that quotes the tokened link in > lines: one share, one reply named for it; the quote is no share of hers")
    func replyQuotingLink() throws {
        let reply = F.message(id: "r1@lima.example", from: "Ana Lima <ana@lima.example>", to: [F.me], date: "Wed, 04 Nov 2026 10:00:00 -0800",
                              subject: "Re: Call reviews", body: "Thanks, very useful!\n\nOn Tue, Mara wrote:\n> this may help: \(F.site)/articles/call-reviews/?utm_content=tok",
                              inReplyTo: "s1@quill.example")
        let found = try Self.rows([Self.share, reply])
        #expect(Self.summary(found.rows) == ["shared ana@lima.example call-reviews", "replied ana@lima.example call-reviews"])
        // 09:00 +0100 is 08:00 UTC; 10:00 −0800 is 18:00 UTC the next day.
        #expect(found.rows.map(\.instant) == [1_793_692_800, 1_793_815_200])
        #expect(found.rows[0].source.text.hasPrefix("mail:2026-11-03T08:00:00Z:"))
    }

    @Test("an out-of-office with Auto-Submitted and a correct In-Reply-To is no reply; Exchange's X-Auto-Response-Suppress alone is a person")
    func autoReplies() throws {
        let away = F.message(id: "a1@lima.example", from: "Ana Lima <ana@lima.example>", to: [F.me], date: "Tue, 03 Nov 2026 09:01:00 +0100",
                             subject: "Automatic reply: Call reviews", body: "I am away until Monday.", inReplyTo: "s1@quill.example",
                             extra: [("Auto-Submitted", "auto-replied")])
        let exchange = F.message(id: "x1@lima.example", from: "Ana Lima <ana@lima.example>", to: [F.me], date: "Thu, 05 Nov 2026 11:00:00 +0000",
                                 subject: "RE: Call reviews", body: "Read it, let's talk.", inReplyTo: "s1@quill.example",
                                 extra: [("X-Auto-Response-Suppress", "All")])
        let found = try Self.rows([Self.share, away, exchange])
        #expect(Self.summary(found.rows) == ["shared ana@lima.example call-reviews", "replied ana@lima.example call-reviews"])
        #expect(found.rows[1].instant == 1_793_876_400)  // the Exchange reply, 2026-11-05 11:00 UTC: 08:00 on the 3rd + 51 h
        #expect(found.leftOut["an auto-reply (Auto-Submitted: auto-replied)"] == 1)
    }

    @Test("a bounce and a newsletter carrying the article are nothing")
    func bounceAndNewsletter() throws {
        let bounce = F.message(id: "b1@mx.example", from: "Mail Delivery System <MAILER-DAEMON@mx.example>", to: [F.me],
                               date: "Tue, 03 Nov 2026 09:02:00 +0100", subject: "Undelivered Mail Returned to Sender",
                               body: "--b\nContent-Type: text/plain\n\nCould not deliver.\n--b--", inReplyTo: "s1@quill.example",
                               extra: [("Return-Path", "<>")], contentType: "multipart/report; report-type=delivery-status; boundary=\"b\"")
        let newsletter = F.message(id: "n1@news.example", from: "Sales Weekly <news@news.example>", to: [F.me], date: "Fri, 06 Nov 2026 07:00:00 +0000",
                                   subject: "This week", body: "Read \(F.site)/articles/give-first/", extra: [("List-Id", "<weekly.news.example>")])
        let found = try Self.rows([Self.share, bounce, newsletter])
        #expect(Self.summary(found.rows) == ["shared ana@lima.example call-reviews"])
        #expect(found.leftOut == ["a bounce": 1, "list mail": 1])
    }

    @Test("the contact writes first, the user answers with the link, the contact answers: one share and one reply")
    func contactFirst() throws {
        let first = F.message(id: "c1@lima.example", from: "Ana Lima <ana@lima.example>", to: [F.me], date: "Mon, 02 Nov 2026 08:00:00 +0000",
                              subject: "Question about reviews", body: "How do you run call reviews?")
        let answer = F.message(id: "m1@quill.example", from: "Mara Quill <\(F.me)>", to: ["ana@lima.example"], date: "Mon, 02 Nov 2026 12:00:00 +0000",
                               subject: "Re: Question about reviews", body: "I wrote this: \(F.site)/articles/call-reviews/", inReplyTo: "c1@lima.example")
        let back = F.message(id: "c2@lima.example", from: "Ana Lima <ana@lima.example>", to: [F.me], date: "Mon, 02 Nov 2026 18:00:00 +0000",
                             subject: "Re: Question about reviews", body: "Perfect, thanks.", inReplyTo: "m1@quill.example")
        let found = try Self.rows([first, answer, back])
        #expect(Self.summary(found.rows) == ["shared ana@lima.example call-reviews", "replied ana@lima.example call-reviews"])
    }

    @Test("a reply written before the share, the same day in another time zone, answers something else; one 15 days after still threads")
    func order() throws {
        // Ana's message at 07:00 −0500 (12:00 UTC) answers an older mail of Mara's without a link; Mara's share is at 13:00 +0100 (12:00 UTC… one
        // minute later at 12:01 UTC). Then Ana answers the share 15 days on.
        let older = F.message(id: "o1@quill.example", from: "Mara Quill <\(F.me)>", to: ["ana@lima.example"], date: "Sun, 01 Nov 2026 10:00:00 +0000",
                              subject: "Coffee?", body: "Coffee next week?")
        let early = F.message(id: "e1@lima.example", from: "Ana Lima <ana@lima.example>", to: [F.me], date: "Tue, 03 Nov 2026 07:00:00 -0500",
                              subject: "Re: Coffee?", body: "Yes!", inReplyTo: "o1@quill.example")
        var share = Self.share
        share.headers = share.headers.map { $0.0 == "Date" ? ("Date", "Tue, 03 Nov 2026 13:01:00 +0100") : $0 }
        let late = F.message(id: "l1@lima.example", from: "Ana Lima <ana@lima.example>", to: [F.me], date: "Wed, 18 Nov 2026 12:01:00 +0000",
                             subject: "Re: Call reviews", body: "Finally read it.", inReplyTo: "s1@quill.example")
        let found = try Self.rows([older, early, share, late])
        // The early reply answers "Coffee?" (no article); the share; the late reply names call-reviews.
        #expect(Self.summary(found.rows) == ["replied ana@lima.example ", "shared ana@lima.example call-reviews", "replied ana@lima.example call-reviews"])
    }

    @Test("a group mail to three contacts and an unknown address: four shares, noted; 25 recipients: none")
    func groups() throws {
        let group = F.message(id: "g1@quill.example", from: F.me, to: ["a@x.example", "b@x.example", "c@x.example", "stranger@y.example"],
                              date: "Tue, 03 Nov 2026 09:00:00 +0000", subject: "For you four", body: "\(F.site)/articles/give-first/")
        let crowd = F.message(id: "g2@quill.example", from: F.me, to: (1...25).map { "p\($0)@z.example" },
                              date: "Tue, 03 Nov 2026 10:00:00 +0000", subject: "Everyone", body: "\(F.site)/articles/give-first/")
        let found = try Self.rows([group, crowd])
        #expect(found.rows.count == 4)
        #expect(Set(found.rows.map(\.person.email)) == ["a@x.example", "b@x.example", "c@x.example", "stranger@y.example"])
        #expect(found.rows.allSatisfy { $0.note == "group mail to 4 people" })
        #expect(found.leftOut["sent to more than 20 people"] == 1)
    }

    @Test("Gmail's separator with a body line 'From here', no Message-ID, an RFC 2047 name, a QP-broken URL, an HTML-only body")
    func encodings() throws {
        let fromHere = F.message(id: "f1@quill.example", from: F.me, to: ["=?UTF-8?B?6Zmz5Y2a?= <bo@chen.example>"], date: "Tue, 03 Nov 2026 09:00:00 +0000",
                                 subject: "=?UTF-8?Q?R=C3=BCckblick?=", body: "Hi,\nFrom here on, read this:\n\(F.site)/articles/give-first/")
        let noID = F.message(id: nil, from: F.me, to: ["dana@cohen.example"], date: "Tue, 03 Nov 2026 10:00:00 +0000", subject: "No id",
                             body: "=\(F.site)/articles/call-=\nreviews/", transferEncoding: "quoted-printable")
        let html = F.message(id: "h1@quill.example", from: F.me, to: ["eve@martin.example"], date: "Tue, 03 Nov 2026 11:00:00 +0000", subject: "HTML",
                             body: "<html><body><p>Read <a href=\"\(F.site)/articles/give-first/?utm_source=email\">this</a></p><blockquote><a href=\"\(F.site)/articles/call-reviews/\">old</a></blockquote></body></html>",
                             contentType: "text/html; charset=utf-8")
        var noIDFixed = noID
        noIDFixed.body = "Read \(F.site)/articles/call-=\nreviews/ today"
        let found = try Self.rows([fromHere, noIDFixed, html])
        #expect(found.mails.count == 3)  // "From here" split nothing
        #expect(found.mails[0].recipients.first?.name == "陳博")
        #expect(found.mails[0].subject == "Rückblick")
        #expect(found.mails[1].messageID == nil)
        #expect(Self.summary(found.rows) == ["shared bo@chen.example give-first", "shared dana@cohen.example call-reviews",
                                             "shared eve@martin.example give-first"])
        // The same message without an id gives the same key each time it is read.
        let again = try Self.rows([fromHere, noIDFixed, html])
        #expect(again.rows.map(\.source) == found.rows.map(\.source))
    }

    @Test("an accepted invitation is a meeting on its day; a future one is not yet")
    func meetings() throws {
        let ics = { (method: String, start: String, status: String) in
            "BEGIN:VCALENDAR\r\nMETHOD:\(method)\r\nBEGIN:VEVENT\r\nDTSTART:\(start)\r\nORGANIZER:mailto:\(F.me)\r\nATTENDEE;PARTSTAT=\(status);CN=Ana\r\n Lima:mailto:ana@lima.example\r\nEND:VEVENT\r\nEND:VCALENDAR"
        }
        let accepted = F.message(id: "i1@lima.example", from: "Ana Lima <ana@lima.example>", to: [F.me], date: "Mon, 09 Nov 2026 08:00:00 +0000",
                                 subject: "Accepted: Call", body: ics("REPLY", "20261112T150000Z", "ACCEPTED"), contentType: "text/calendar; method=REPLY; charset=utf-8")
        let future = F.message(id: "i2@lima.example", from: "Ana Lima <ana@lima.example>", to: [F.me], date: "Mon, 09 Nov 2026 09:00:00 +0000",
                               subject: "Accepted: Later", body: ics("REPLY", "20261215T150000Z", "ACCEPTED"), contentType: "text/calendar; method=REPLY; charset=utf-8")
        let found = try Self.rows([accepted, future])
        #expect(Self.summary(found.rows) == ["met ana@lima.example "])
        #expect(found.rows[0].instant == 1_794_495_600)  // 2026-11-12 15:00 UTC
        #expect(found.leftOut["an invitation not started yet"] == 1)
    }

    @Test("without In-Reply-To, a Re: subject from the same person within 14 days is a weak reply; 15 days on, or another person, is none")
    func weakSubjectMatch() throws {
        let reply = { (from: String, date: String) in
            F.message(id: nil, from: from, to: [F.me], date: date, subject: "AW: Re: Call reviews", body: "Danke!")
        }
        // The share is on 2026-11-03 08:00 UTC. Ana on the 10th: weak reply. Bo (never mailed) on the 10th: nothing.
        // Ana again on the 19th (over 14 days): the share was answered already, and it is too late anyway.
        let found = try Self.rows([Self.share, reply("Ana Lima <ana@lima.example>", "Tue, 10 Nov 2026 09:00:00 +0000"),
                                   reply("Bo Chen <bo@chen.example>", "Tue, 10 Nov 2026 09:30:00 +0000"),
                                   reply("Ana Lima <ana@lima.example>", "Thu, 19 Nov 2026 09:00:00 +0000")])
        #expect(Self.summary(found.rows) == ["shared ana@lima.example call-reviews", "replied ana@lima.example call-reviews"])
        #expect(found.rows[1].note == "weak: matched by subject, no In-Reply-To")
        #expect(MailSignals.subjectKey("AW: Re: RE[2]: Call  reviews") == "call reviews")
    }

    @Test("an invitation the user sent to a contact is a meeting on its day, and her acceptance of it is the same meeting")
    func invitationSent() throws {
        let ics = { (method: String, status: String) in
            "BEGIN:VCALENDAR\r\nMETHOD:\(method)\r\nBEGIN:VEVENT\r\nDTSTART;TZID=Europe/Berlin:20261112T160000\r\nORGANIZER:mailto:\(F.me)\r\nATTENDEE;PARTSTAT=\(status):mailto:ana@lima.example\r\nEND:VEVENT\r\nEND:VCALENDAR"
        }
        let request = F.message(id: "q1@quill.example", from: F.me, to: ["ana@lima.example"], date: "Mon, 09 Nov 2026 08:00:00 +0000",
                                subject: "Invitation: Call", body: ics("REQUEST", "NEEDS-ACTION"), contentType: "text/calendar; method=REQUEST; charset=utf-8")
        let accepted = F.message(id: "q2@lima.example", from: "Ana Lima <ana@lima.example>", to: [F.me], date: "Mon, 09 Nov 2026 09:00:00 +0000",
                                 subject: "Accepted: Call", body: ics("REPLY", "ACCEPTED"), contentType: "text/calendar; method=REPLY; charset=utf-8")
        let found = try Self.rows([request, accepted])
        // 16:00 in Berlin (UTC+1 in November) is 15:00 UTC.
        #expect(Self.summary(found.rows) == ["met ana@lima.example "])
        #expect(found.rows[0].instant == 1_794_495_600)
    }

    @Test("a reply to a digest message is found by its Message-ID")
    func digestReply() throws {
        let reply = F.message(id: "d1@lima.example", from: "Ana Lima <ana@lima.example>", to: [F.me], date: "Mon, 09 Nov 2026 08:00:00 +0000",
                              subject: "Re: Three notes", body: "Loved the second one.", inReplyTo: "digest.founders.2026-11-02.tok@mara.example")
        let found = try Self.rows([reply], digestIDs: ["digest.founders.2026-11-02.tok@mara.example"])
        #expect(Self.summary(found.rows) == ["replied ana@lima.example "])
        #expect(found.rows[0].note == "answers a digest")
    }
}

/// The mail files themselves: Maildir beside an mbox of the same mail, a cut-off last message,
/// a body line "From here" after a blank line, an unknown charset.
@Suite("Mail files: mbox, Maildir, bad input")
struct MailFilesTests {
    typealias F = MailFixture

    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("goodwill-maildir-\(UUID().uuidString)")
        for sub in ["cur", "new", "tmp"] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        return folder
    }

    @Test("a Maildir and an mbox copy of the same mail give the same source keys; the R flag is read")
    func maildirAndMbox() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let noID = F.message(id: nil, from: F.me, to: ["ana@lima.example"], date: "Tue, 03 Nov 2026 10:00:00 +0000", subject: "No id",
                             body: "Read \(F.site)/articles/give-first/")
        try F.text(MailSignalsTests.share).write(to: folder.appendingPathComponent("cur/1793692800.M1P1.host:2,RS"), atomically: true, encoding: .utf8)
        try F.text(noID).write(to: folder.appendingPathComponent("new/1793696400.M2P1.host"), atomically: true, encoding: .utf8)
        let mbox = folder.appendingPathComponent("copy.mbox")
        try F.mbox([MailSignalsTests.share, noID]).write(to: mbox, atomically: true, encoding: .utf8)

        var files = MailFiles()
        var fromMaildir: [MailMessage] = [], fromMbox: [MailMessage] = []
        try files.read(folder.path) { message in
            if message.location.offset == nil { fromMaildir.append(message) } else { fromMbox.append(message) }
        }
        #expect(fromMaildir.count == 2 && fromMbox.count == 2)
        #expect(fromMaildir.map(\.repliedFlag) == [true, false])
        let options = MailSignals.Options(me: [F.me], asOfInstant: MailSignalsTests.asOf)
        let a = MailSignals.find(in: fromMaildir, options: options, links: MailSignalsTests.links).found.rows.map(\.source)
        let b = MailSignals.find(in: fromMbox, options: options, links: MailSignalsTests.links).found.rows.map(\.source)
        #expect(a.count == 2 && a == b)
        // Both copies at once: each row once after the merge's key check.
        let both = MailSignals.find(in: fromMaildir + fromMbox, options: options, links: MailSignalsTests.links).found.rows
        #expect(Set(both.map(\.source)).count == 2)
    }

    @Test("a last message cut off mid-line is read and said; 'From here' after a blank line splits nothing; an unknown charset is read")
    func badInput() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fromHere = F.message(id: "f1@quill.example", from: F.me, to: ["bo@chen.example"], date: "Tue, 03 Nov 2026 09:00:00 +0000",
                                 subject: "Notes", body: "Hi,\n\nFrom here on, one note a month:\n\(F.site)/articles/give-first/")
        let strange = F.message(id: "u1@lima.example", from: F.me, to: ["ana@lima.example"], date: "Tue, 03 Nov 2026 10:00:00 +0000",
                                subject: "Odd", body: "Read \(F.site)/articles/call-reviews/", contentType: "text/plain; charset=x-no-such-charset")
        let mbox = folder.appendingPathComponent("cut.mbox")
        let text = F.mbox([fromHere, strange])
        try String(text.dropLast(40)).write(to: mbox, atomically: true, encoding: .utf8)  // cut inside the last body
        var files = MailFiles()
        var messages: [MailMessage] = []
        try files.read(mbox.path) { messages.append($0) }
        #expect(messages.count == 2)
        #expect(files.warnings.map(\.message) == ["the last message stops mid-line (the file may be cut off): read as far as it goes"])
        #expect(files.warnings.first?.location.offset == text.utf8.count - F.mbox([strange]).utf8.count)
        let options = MailSignals.Options(me: [F.me], asOfInstant: MailSignalsTests.asOf)
        let rows = MailSignals.find(in: messages, options: options, links: MailSignalsTests.links).found.rows
        #expect(rows.map(\.ref) == ["give-first"])  // the cut message lost its link with its last 40 bytes
        // Uncut, the unknown charset still reads as text.
        try text.write(to: mbox, atomically: true, encoding: .utf8)
        var whole = MailFiles()
        var all: [MailMessage] = []
        try whole.read(mbox.path) { all.append($0) }
        #expect(MailSignals.find(in: all, options: options, links: MailSignalsTests.links).found.rows.map(\.ref) == ["give-first", "call-reviews"])
    }
}
