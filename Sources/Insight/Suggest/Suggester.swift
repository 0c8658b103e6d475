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
            if $0.score.total != $1.score.total { return $0.score.total > $1.score.total }
            if $0.contact != $1.contact { return contacts[Int($0.contact)].id < contacts[Int($1.contact)].id }
            return input.articles[Int($0.article)].slug < input.articles[Int($1.article)].slug
        }
        let (chosen, coldLeft) = ColdAllowance.choose(candidates, limit: options.limit,
                                                      cold: options.contact == nil ? options.cold : options.limit)
        let suggestions = chosen.map(context.suggestion)
        let introductions = Introductions.find(input, index: index, asOfDay: asOfDay, options: options)
        var plan = SuggestionPlan(asOf: input.asOf, suggestions: suggestions, introductions: introductions, nothingBecause: nil)
        plan.sources = RowSources(input.ledger.activities, days: Int.min...asOfDay)
        plan.leftOutRows = LeftOutRows.count(in: index, through: asOfDay)
        plan.coldContactsLeft = coldLeft
        if plan.suggestions.isEmpty { plan.noSuggestionsBecause = NothingToSuggest.suggestions(input, index: index, options: options) }
        if plan.introductions.isEmpty { plan.noIntroductionsBecause = NothingToSuggest.introductions(input, options: options) }
        if plan.suggestions.isEmpty && plan.introductions.isEmpty { plan.nothingBecause = plan.noSuggestionsBecause }
        return plan
    }

    /// What ranking one contact needs, built once. Segments and articles are numbered, so the
    /// walk over 30,000 contacts compares integers and copies no strings. A class: as a struct it
    /// was copied, with every array it holds retained, around each contact's call (16% of a run).
    final class Context: Sendable {
        let input: InsightInput
        let index: ActivityIndex
        let rates: ConversationRates
        let options: SuggestionOptions
        let neverResend: NeverResend
        let cadence: Cadence
        let balance: GiveBalance
        let warmth: Warmth
        let namesakes: Namesakes
        let asOfDay: Int
        /// Segment slug → number, number → slug; each article's segments as numbers.
        let segmentNumber: [String: Int]
        let segmentSlugs: [String]
        let articleSegments: [[Int]]
        /// By segment number: its articles with their article part, best first.
        let bySegment: [[Ranked]]
        /// Tag key → its articles with their article part (as a tag fit), best first.
        let byTag: [String: [Ranked]]

        struct Ranked {
            /// The article's position in the published articles.
            let article: Int32
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
            warmth = Warmth(index: index, asOfDay: asOfDay)
            namesakes = Namesakes(input.ledger.contacts)
            var numbers: [String: Int] = [:]
            for segment in input.segments { numbers[segment.slug] = numbers.count }
            for article in input.articles { for segment in article.segments where numbers[segment] == nil { numbers[segment] = numbers.count } }
            var bySegment = [[Ranked]](repeating: [], count: numbers.count)
            var byTag: [String: [Ranked]] = [:]
            var articleSegments: [[Int]] = []
            for (position, article) in input.articles.enumerated() {
                let freshness = SuggestionScore.freshness(ageDays: asOfDay - article.date.dayNumber)
                articleSegments.append(article.segments.map { numbers[$0]! })
                for segment in article.segments {
                    let score = SuggestionScore(giveFirst: 0, overdue: 0, fit: 1, conversation: rates.rate(article.slug, in: segment),
                                                freshness: freshness)
                    bySegment[numbers[segment]!].append(Ranked(article: Int32(position), part: score.articlePart))
                }
                for tag in Set(article.tags.map(TagKey.make)) {
                    let score = SuggestionScore(giveFirst: 0, overdue: 0, fit: 0.5, conversation: rates.rate(article.slug, in: nil),
                                                freshness: freshness)
                    byTag[tag, default: []].append(Ranked(article: Int32(position), part: score.articlePart))
                }
            }
            let articles = input.articles
            let best: (Ranked, Ranked) -> Bool = { a, b in
                if a.part != b.part { return a.part > b.part }
                let x = articles[Int(a.article)], y = articles[Int(b.article)]
                if x.date.secondsSinceEpoch != y.date.secondsSinceEpoch { return x.date.secondsSinceEpoch > y.date.secondsSinceEpoch }
                return x.slug < y.slug
            }
            self.segmentNumber = numbers
            self.segmentSlugs = numbers.sorted { $0.value < $1.value }.map(\.key)
            self.articleSegments = articleSegments
            self.bySegment = bySegment.map { $0.sorted(by: best) }
            self.byTag = byTag.mapValues { $0.sorted(by: best) }
        }

        func isEligible(_ contact: Contact) -> Bool {
            if let only = options.contact, contact.id != only { return false }
            if let segment = options.segment, !contact.segments.contains(segment) { return false }
            return true
        }

        /// A scored article for a contact, before its reasons are written: small, since every
        /// contact's are sorted together.
        struct Candidate {
            let contact: Int32
            let article: Int32
            /// The segment number it fits through, or -1 for a tag fit.
            let segment: Int32
            let score: SuggestionScore
            /// Nothing in the ledger with them yet (`Warmth`): counted against the cold allowance.
            let isCold: Bool
        }

        /// This contact's best `perContact` articles that fit and that they do not have.
        func candidates(for contact: Contact, at position: Int) -> [Candidate] {
            let wanted = options.perContact
            var picked: [(ranked: Ranked, segment: Int32)] = []
            let segments = (options.segment.map { [$0] } ?? contact.segments).compactMap { segmentNumber[$0] }
            for segment in segments {
                var taken = 0
                for ranked in bySegment[segment] where taken < wanted {
                    let article = Int(ranked.article)
                    guard !neverResend.wasSent(article, toContactAt: position), !picked.contains(where: { $0.ranked.article == ranked.article }) else { continue }
                    picked.append((ranked, Int32(segment)))
                    taken += 1
                }
            }
            if options.segment == nil, !contact.tags.isEmpty {
                for tag in Set(contact.tags.map(TagKey.make)) {
                    var taken = 0
                    for ranked in byTag[tag] ?? [] where taken < wanted {
                        let article = Int(ranked.article)
                        // An article that shares a segment is a segment fit, ranked above.
                        guard !articleSegments[article].contains(where: segments.contains),
                              !neverResend.wasSent(article, toContactAt: position),
                              !picked.contains(where: { $0.ranked.article == ranked.article }) else { continue }
                        picked.append((ranked, -1))
                        taken += 1
                    }
                }
            }
            guard !picked.isEmpty else { return [] }
            picked.sort { a, b in
                if a.ranked.part != b.ranked.part { return a.ranked.part > b.ranked.part }
                return input.articles[Int(a.ranked.article)].slug < input.articles[Int(b.ranked.article)].slug
            }

            let cadenceDays = cadence.days(for: contact)
            let overdue = SuggestionScore.overdue(daysSinceLastTouch: cadence.daysSinceLastTouch(ofContactAt: position), cadence: cadenceDays)
            let owesAGive = balance.account(ofContactAt: position).owesAGive
            let warm = warmth.value(ofContactAt: position).part
            let isCold = warmth.isCold(contactAt: position)
            return picked.prefix(wanted).map { ranked, segment in
                // The article part was computed when ranking; only the contact's part is added.
                var score = SuggestionScore(giveFirst: owesAGive ? 1 : 0, overdue: overdue, warmth: warm, fit: segment >= 0 ? 1 : 0.5,
                                            conversation: 0, freshness: 0)
                let article = input.articles[Int(ranked.article)]
                score.conversation = rates.rate(article.slug, in: segment >= 0 ? segmentSlug(Int(segment)) : nil)
                score.freshness = SuggestionScore.freshness(ageDays: asOfDay - article.date.dayNumber)
                return Candidate(contact: Int32(position), article: ranked.article, segment: segment, score: score, isCold: isCold)
            }
        }

        func segmentSlug(_ number: Int) -> String {
            segmentSlugs[number]
        }

        /// The suggestion with its reasons, for a candidate that made the list.
        func suggestion(_ candidate: Candidate) -> Suggestion {
            let position = Int(candidate.contact)
            let contact = input.ledger.contacts[position]
            let article = input.articles[Int(candidate.article)]
            let fit: SegmentFit = candidate.segment >= 0 ? .segments([segmentSlug(Int(candidate.segment))])
                                                         : SegmentFit.of(article, for: contact) ?? .tags([])
            let reasons = SuggestionReasons(input: input, rates: rates).reasons(
                article: article, fit: fit, daysSince: cadence.daysSinceLastTouch(ofContactAt: position),
                cadence: cadence.days(for: contact), warmth: warmth.value(ofContactAt: position), isCold: candidate.isCold,
                account: balance.account(ofContactAt: position), asOfDay: asOfDay)
            var suggestion = Suggestion(contact: contact.id, name: contact.name, article: article.slug, title: article.title,
                                        score: candidate.score, reasons: reasons, via: contact.defaultChannel)
            if case .segments(let segments) = fit { suggestion.segment = segments.first }
            suggestion.isCold = candidate.isCold
            suggestion.company = namesakes.distinction(of: contact)
            return suggestion
        }
    }
}
