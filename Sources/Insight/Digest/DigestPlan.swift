import Core
import Ledger

/// Who gets a segment's digest and which articles each: the segment's articles published since
/// the previous digest, minus every article the contact already has (`NeverResend`), newest
/// first. Only a contact who agreed gets one (`consent`); one who unsubscribed, who has no email
/// address or nothing new gets no message.
public struct DigestPlan: Sendable {
    public struct Recipient: Sendable {
        public var contact: Contact
        /// Newest first.
        public var articles: [ArticleInfo]
        /// Why they may be emailed: `opted in on 2026-11-02`.
        public var consent: String
    }

    public struct Skipped: Sendable, Equatable {
        public var contact: String
        public var name: String
        public var reason: String
    }

    public var segment: SegmentInfo
    public var asOf: ContentDate
    /// Articles published on or after this day are candidates.
    public var since: ContentDate
    /// Where `since` came from, in words.
    public var sinceBecause: String
    public var recipients: [Recipient]
    public var skipped: [Skipped]
}

public struct DigestOptions: Sendable {
    public var segment: String
    public var since: ContentDate?
    /// Only these contacts (ids), whatever their segments.
    public var contacts: [String] = []
    /// Articles per message.
    public var limit = 5
    /// Whether `network/digests.csv` records runs of this segment: then `since` is the day of the
    /// last complete one (`previousRun`), and the ledger's rows are not read for it (a run cut
    /// short by a refused send logged some, and must not move `since`).
    public var runsRecorded = false
    public var previousRun: ContentDate?

    public init(segment: String) {
        self.segment = segment
    }
}

/// Plans a digest; writes nothing.
public enum DigestPlanner {
    /// A digest's ledger rows say so in their note, so the next digest finds where this one ended.
    public static func note(segment: String) -> String { "digest \(segment)" }
    static let defaultDays = 30

    public static func plan(_ input: InsightInput, options: DigestOptions) -> DigestPlan {
        let segment = input.segment(options.segment) ?? SegmentInfo(slug: options.segment, title: options.segment)
        let index = ActivityIndex(input.ledger, articles: input.articles)
        let neverResend = NeverResend(index: index)
        let (since, because) = since(input, options: options)
        // Positions of the candidate articles, newest first (as the articles are).
        let candidates = input.articles.indices.filter { position in
            let article = input.articles[position]
            return article.segments.contains(segment.slug) && article.date.dayNumber >= since.dayNumber
                && article.date.dayNumber <= input.asOf.dayNumber
        }
        let chosen: [Int] = options.contacts.isEmpty
            ? input.ledger.contacts.indices.filter { input.ledger.contacts[$0].segments.contains(segment.slug) }
            : options.contacts.compactMap { index.position[$0] }
        var recipients: [DigestPlan.Recipient] = []
        var skipped: [DigestPlan.Skipped] = []
        for position in chosen {
            let contact = input.ledger.contacts[position]
            // An unsubscribe is said first, whatever else is missing.
            let consent = consent(of: contact, segment: segment)
            if contact.consent.isUnsubscribed || !contact.email.isEmpty, case .failure(let refusal) = consent {
                skipped.append(.init(contact: contact.id, name: contact.name, reason: refusal.reason))
                continue
            }
            guard !contact.email.isEmpty, case .success(let agreed) = consent else {
                skipped.append(.init(contact: contact.id, name: contact.name, reason: "no email address"))
                continue
            }
            let new = candidates.lazy.filter { !neverResend.wasSent($0, toContactAt: position) }.prefix(options.limit).map { input.articles[$0] }
            guard !new.isEmpty else {
                skipped.append(.init(contact: contact.id, name: contact.name,
                                     reason: candidates.isEmpty ? "no new article since \(since.text)" : "every new article already"))
                continue
            }
            recipients.append(.init(contact: contact, articles: Array(new), consent: agreed))
        }
        return DigestPlan(segment: segment, asOf: input.asOf, since: since, sinceBecause: because, recipients: recipients, skipped: skipped)
    }

    struct Refusal: Error {
        var reason: String
    }

    /// Whether `contact` agreed to the digest, and why; the one consent rule. An unsubscribe is
    /// final whatever the segment says; else their own opt-in, else the segment's setting.
    static func consent(of contact: Contact, segment: SegmentInfo) -> Result<String, Refusal> {
        switch contact.consent {
        case .unsubscribed: return .failure(Refusal(reason: "an unsubscribe"))
        case .optedIn(let day): return .success("opted in on \(day.text)")
        case .unknown:
            if segment.digestToWholeSegment {
                return .success("in \(segment.slug), whose digest_consent is segment")
            }
            return .failure(Refusal(reason: "no opt-in (goodwill contacts opt-in ID records one)"))
        }
    }

    /// `--since`; else the day of the segment's previous digest in the ledger; else 30 days before as-of.
    static func since(_ input: InsightInput, options: DigestOptions) -> (ContentDate, String) {
        if let since = options.since { return (since, "--since") }
        let start = ContentDate(dayNumber: input.asOf.dayNumber - defaultDays)
        if options.runsRecorded {
            if let previous = options.previousRun, previous.dayNumber <= input.asOf.dayNumber {
                return (previous, "the previous \(options.segment) digest, on \(previous.text)")
            }
            return (start, "\(defaultDays) days before \(input.asOf.text): no complete \(options.segment) digest before it")
        }
        let note = note(segment: options.segment)
        let previous = input.ledger.activities
            .filter { $0.kind == .shared && $0.via == .digest && $0.note == note && $0.date.dayNumber <= input.asOf.dayNumber }
            .map(\.date).max()
        if let previous { return (previous, "the previous \(options.segment) digest, on \(previous.text)") }
        return (start, "\(defaultDays) days before \(input.asOf.text): no earlier \(options.segment) digest in the ledger")
    }
}
