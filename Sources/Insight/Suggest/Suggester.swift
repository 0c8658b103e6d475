import Core
import Foundation
import Ledger

/// Whom to give which article next, and whom to introduce to whom. Each rule it applies lives in
/// its own type (`NeverResend`, `SegmentFit`, `Cadence`, `GiveBalance`, `Attribution`); this
/// only ranks.
///
/// It never pairs every contact with every article: each segment's (and tag's) articles are
/// ranked once by the part of the score that depends on the article, and each contact walks
/// only the top of their own segments' lists, skipping what they already have.
public enum Suggester {
    public static func suggest(_ input: InsightInput, options: SuggestionOptions = SuggestionOptions()) -> SuggestionPlan {
        let asOfDay = input.asOf.dayNumber
        let index = ActivityIndex(input.ledger, articles: input.articles)
        let attribution = Attribution(index: index, windowDays: options.windowDays, asOfDay: asOfDay)
        let rates = ConversationRates(attribution: attribution, index: index)
        let context = Context(input: input, index: index, rates: rates, asOfDay: asOfDay, options: options)

        // Every eligible contact's best articles are scored; only those that make the list get
        // their reasons written.
        let contacts = input.ledger.contacts
        let perContact = Parallel.map(Array(contacts.indices), threads: ProcessInfo.processInfo.activeProcessorCount) { position in
            context.isEligible(contacts[position]) ? context.candidates(for: contacts[position], at: position) : []
        }
        var candidates = perContact.flatMap { $0 }
        candidates.sort {
            ($0.score.total, contacts[$1.position].id, $1.article.slug) > ($1.score.total, contacts[$0.position].id, $0.article.slug)
        }
        let suggestions = candidates.prefix(options.limit).map(context.suggestion)
        let introductions = Introductions.find(input, index: index, asOfDay: asOfDay, options: options)
        var plan = SuggestionPlan(asOf: input.asOf, suggestions: suggestions, introductions: introductions, nothingBecause: nil)
        if plan.suggestions.isEmpty && plan.introductions.isEmpty { plan.nothingBecause = nothingBecause(input, options: options) }
        return plan
    }

    static func nothingBecause(_ input: InsightInput, options: SuggestionOptions) -> String {
        if input.ledger.contacts.isEmpty {
            return "the ledger has no contacts yet: import some with goodwill contacts import linkedin Connections.csv"
        }
        if input.articles.isEmpty { return "no article is published yet as of \(input.asOf.text)" }
        if let segment = options.segment, !input.articles.contains(where: { $0.segments.contains(segment) }) {
            return "no published article serves the segment \(segment) yet"
        }
        return "every contact already has every article that fits them (a segment or a tag in common), and no two contacts in different segments share a tag without having been introduced"
    }

    /// What ranking one contact needs, built once.
    struct Context {
        let input: InsightInput
        let index: ActivityIndex
        let rates: ConversationRates
        let options: SuggestionOptions
        let neverResend: NeverResend
        let cadence: Cadence
        let balance: GiveBalance
        let asOfDay: Int
        /// Segment slug → its articles with their article part, best first.
        let bySegment: [String: [Ranked]]
        /// Tag key → its articles with their article part (as a tag fit), best first.
        let byTag: [String: [Ranked]]

        struct Ranked {
            let article: ArticleInfo
            /// Its position in the published articles.
            let position: Int
            let part: Double
        }

        init(input: InsightInput, index: ActivityIndex, rates: ConversationRates, asOfDay: Int, options: SuggestionOptions) {
            self.input = input
            self.index = index
            self.rates = rates
            self.options = options
            self.asOfDay = asOfDay
            neverResend = NeverResend(index: index)
            cadence = Cadence(index: index, segments: input.segments, asOfDay: asOfDay)
            balance = GiveBalance(index: index, asOfDay: asOfDay)
            var bySegment: [String: [Ranked]] = [:]
            var byTag: [String: [Ranked]] = [:]
            for (position, article) in input.articles.enumerated() {
                let freshness = SuggestionScore.freshness(ageDays: asOfDay - article.date.dayNumber)
                for segment in article.segments {
                    let score = SuggestionScore(giveFirst: 0, overdue: 0, fit: 1, conversation: rates.rate(article.slug, in: segment),
                                                freshness: freshness)
                    bySegment[segment, default: []].append(Ranked(article: article, position: position, part: score.articlePart))
                }
                for tag in Set(article.tags.map(TagKey.make)) {
                    let score = SuggestionScore(giveFirst: 0, overdue: 0, fit: 0.5, conversation: rates.rate(article.slug, in: nil),
                                                freshness: freshness)
                    byTag[tag, default: []].append(Ranked(article: article, position: position, part: score.articlePart))
                }
            }
            let best: (Ranked, Ranked) -> Bool = {
                ($0.part, $0.article.date.secondsSinceEpoch, $1.article.slug) > ($1.part, $1.article.date.secondsSinceEpoch, $0.article.slug)
            }
            self.bySegment = bySegment.mapValues { $0.sorted(by: best) }
            self.byTag = byTag.mapValues { $0.sorted(by: best) }
        }

        func isEligible(_ contact: Contact) -> Bool {
            if let only = options.contact, contact.id != only { return false }
            if let segment = options.segment, !contact.segments.contains(segment) { return false }
            return true
        }

        /// A scored article for a contact, before its reasons are written.
        struct Candidate {
            let position: Int
            let article: ArticleInfo
            let fit: SegmentFit
            let score: SuggestionScore
            let cadenceDays: Int
            let daysSince: Int?
            let account: GiveBalance.Account
        }

        /// This contact's best `perContact` articles that fit and that they do not have.
        func candidates(for contact: Contact, at position: Int) -> [Candidate] {
            let wanted = options.perContact
            var seen: [Int] = []  // a few positions: an article in two of the contact's segments is met twice
            let segments = options.segment.map { [$0] } ?? contact.segments
            var candidates: [(Ranked, SegmentFit)] = []
            for segment in segments {
                var taken = 0
                for ranked in bySegment[segment] ?? [] where taken < wanted {
                    guard !neverResend.wasSent(ranked.position, toContactAt: position), !seen.contains(ranked.position) else { continue }
                    seen.append(ranked.position)
                    candidates.append((ranked, .segments([segment])))
                    taken += 1
                }
            }
            if options.segment == nil, !contact.tags.isEmpty {
                let tagKeys = Set(contact.tags.map(TagKey.make))
                for tag in tagKeys {
                    var taken = 0
                    for ranked in byTag[tag] ?? [] where taken < wanted {
                        // An article that shares a segment is a segment fit, ranked above.
                        guard !ranked.article.segments.contains(where: contact.segments.contains),
                              !neverResend.wasSent(ranked.position, toContactAt: position),
                              !seen.contains(ranked.position) else { continue }
                        seen.append(ranked.position)
                        candidates.append((ranked, .tags(ranked.article.tags.filter { tagKeys.contains(TagKey.make($0)) })))
                        taken += 1
                    }
                }
            }
            candidates.sort { ($0.0.part, $1.0.article.slug) > ($1.0.part, $0.0.article.slug) }
            let picked = candidates.prefix(wanted).map { ($0.0.article, $0.1) }
            guard !picked.isEmpty else { return [] }

            let cadenceDays = cadence.days(for: contact)
            let daysSince = cadence.daysSinceLastTouch(ofContactAt: position)
            let account = balance.account(ofContactAt: position)
            return picked.map { article, fit in
                let segment: String? = { if case .segments(let list) = fit { return list.first } else { return nil } }()
                let score = SuggestionScore(
                    giveFirst: account.owesAGive ? 1 : 0,
                    overdue: SuggestionScore.overdue(daysSinceLastTouch: daysSince, cadence: cadenceDays),
                    fit: fit.strength, conversation: rates.rate(article.slug, in: segment),
                    freshness: SuggestionScore.freshness(ageDays: asOfDay - article.date.dayNumber))
                return Candidate(position: position, article: article, fit: fit, score: score, cadenceDays: cadenceDays,
                                 daysSince: daysSince, account: account)
            }
        }

        /// The suggestion with its reasons, for a candidate that made the list.
        func suggestion(_ candidate: Candidate) -> Suggestion {
            let contact = input.ledger.contacts[candidate.position]
            let reasons = SuggestionReasons(input: input, rates: rates).reasons(
                article: candidate.article, fit: candidate.fit, daysSince: candidate.daysSince, cadence: candidate.cadenceDays,
                account: candidate.account, asOfDay: asOfDay)
            return Suggestion(contact: contact.id, name: contact.name, article: candidate.article.slug, title: candidate.article.title,
                              score: candidate.score, reasons: reasons, via: contact.email.isEmpty ? "linkedin" : "email")
        }
    }
}
