/// Content → conversations: per article and per segment.
extension ReportSections {
    /// Every published article, those that led to most conversations first; never shared last.
    func articles() -> [ArticleConversations] {
        var counts = index.articles.map {
            ArticleConversations(slug: $0.slug, title: $0.title, shares: 0, contactsReached: 0, conversations: 0)
        }
        var reached = [Set<String>](repeating: [], count: index.articles.count)
        for row in attribution.shares where period.contains(index.days[Int(row)]) {
            let article = Int(index.articleRefs[Int(row)])
            counts[article].shares += 1
            if input.ledger.activities[Int(row)].source != nil { counts[article].importedShares += 1 }
            switch attribution.outcome(of: row) {
            case .converted: counts[article].conversations += 1
            case .unclear: counts[article].unclear += 1
            case .notConverted: break
            }
            reached[article].insert(input.ledger.activities[Int(row)].contact)
        }
        for article in counts.indices { counts[article].contactsReached = reached[article].count }
        return counts.sorted {
            ($0.conversations, $0.conversationRate ?? -1, $0.shares, $1.slug) > ($1.conversations, $1.conversationRate ?? -1, $1.shares, $0.slug)
        }
    }

    /// Each declared segment, in the order declared: shares to its contacts and what followed,
    /// and their gives (personal, and digests apart) and asks (an intro is a give to both people
    /// it introduces).
    func segments() -> [SegmentActivity] {
        var bySlug: [String: SegmentActivity] = [:]
        for segment in input.segments {
            bySlug[segment.slug] = SegmentActivity(segment: segment.slug, title: segment.title, contacts: 0, shares: 0,
                                                   conversations: 0, gives: 0, asks: 0)
        }
        let shares = Set(attribution.shares)
        for (position, contact) in contacts.enumerated() {
            let declared = contact.segments.filter { bySlug[$0] != nil }
            guard !declared.isEmpty else { continue }
            for segment in declared { bySlug[segment]!.contacts += 1 }
            for row in rows(ofContactAt: position) {
                let kind = index.kinds[row]
                let personal = GiveBalance.isPersonalGive(row, in: index)
                for segment in declared {
                    if personal { bySlug[segment]!.gives += 1 } else if kind.isGive { bySlug[segment]!.digestGives += 1 }
                    if kind.isAsk { bySlug[segment]!.asks += 1 }
                    if shares.contains(Int32(row)) {
                        bySlug[segment]!.shares += 1
                        switch attribution.outcome(of: Int32(row)) {
                        case .converted: bySlug[segment]!.conversations += 1
                        case .unclear: bySlug[segment]!.unclear += 1
                        case .notConverted: break
                        }
                    }
                }
            }
        }
        return input.segments.compactMap { bySlug[$0.slug] }
    }
}
