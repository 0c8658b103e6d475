/// The report's numbers for scripts (docs/insight.md documents each key).
enum ReportJSON {
    static func text(_ report: ConversationReport) -> String {
        let give = report.giveFirst, shape = report.network
        var members: [(String, JSON)] = [
            ("as_of", .string(report.asOf.text)),
            ("since", report.since.map { .string($0.text) } ?? .null),
            ("until", .string(report.until.text)),
            ("window_days", .int(report.windowDays)),
            ("articles", .array(report.articles.map {
                .object([("slug", .string($0.slug)), ("title", .string($0.title)), ("shares", .int($0.shares)),
                         ("contacts_reached", .int($0.contactsReached)), ("conversations", .int($0.conversations)),
                         ("unclear", .int($0.unclear)),
                         ("conversation_rate", $0.conversationRate.map(JSON.number) ?? .null), ("imported_shares", .int($0.importedShares))])
            })),
            ("conversations", .array(report.conversations.map(conversation))),
            ("unfollowed_conversations", .array(report.unfollowed.map(conversation))),
            ("left_out_rows", .int(report.leftOutRows)),
            ("sources", .object([("typed", .int(report.sources.typed)),
                                 ("imported", .object(report.sources.imported.sorted { $0.key < $1.key }.map { ($0.key, JSON.int($0.value)) }))])),
            ("segments", .array(report.segments.map {
                .object([("segment", .string($0.segment)), ("contacts", .int($0.contacts)), ("shares", .int($0.shares)),
                         ("conversations", .int($0.conversations)), ("unclear", .int($0.unclear)),
                         ("conversation_rate", $0.conversationRate.map(JSON.number) ?? .null),
                         ("gives", .int($0.gives)), ("digest_gives", .int($0.digestGives)), ("asks", .int($0.asks)),
                         ("give_ask_ratio", $0.giveAskRatio.map(JSON.number) ?? .null)])
            })),
            ("give_first", .object([
                ("gives", .int(give.gives)), ("digest_gives", .int(give.digestGives)), ("asks", .int(give.asks)),
                ("ratio", give.ratio.map(JSON.number) ?? .null),
                ("by_month", .array(give.byMonth.map {
                    .object([("month", .string($0.month)), ("gives", .int($0.gives)), ("digest_gives", .int($0.digestGives)), ("asks", .int($0.asks))])
                })),
                ("contacts", .array(give.contacts.map {
                    .object([("contact", .string($0.contact)), ("gives_before_first_ask", .int($0.givesBeforeFirstAsk)),
                             ("asked_before_given", .bool($0.askedBeforeGiven))])
                })),
                ("asked_before_given", .array(give.askedBeforeGiven.map(JSON.string))),
            ])),
            ("introductions", .array(report.introductions.map {
                .object([("date", .string($0.date.text)), ("contacts", .array($0.contacts.map(JSON.string))),
                         ("segments", .array($0.segments.map { .array($0.map(JSON.string)) })), ("bridge", .bool($0.isBridge)),
                         ("followed_by", .array($0.followedBy.map(JSON.string)))])
            })),
            ("network", .object([
                ("effective_segments", .number(shape.effectiveSegments)), ("segments_declared", .int(shape.segmentsDeclared)),
                ("evenness", shape.evenness.map(JSON.number) ?? .null), ("top_decile_share", .number(shape.topDecileShare)),
                ("contacts_in_touch", .int(shape.contactsInTouch)), ("top_decile_contacts", .int(shape.topDecileContacts)),
                ("introductions", .int(shape.introductions)), ("bridge_introductions", .int(shape.bridgeIntroductions)),
                ("activity_by_segment", .object(shape.activityBySegment.map { ($0.segment, JSON.number($0.share)) })),
                ("contacts_per_segment", .object(shape.contactsPerSegment.map { ($0.segment, JSON.int($0.contacts)) })),
            ])),
            ("overdue", .array(report.overdue.map {
                .object([("contact", .string($0.contact)), ("days_since_last_touch", .int($0.daysSinceLastTouch)),
                         ("cadence_days", .int($0.cadenceDays)), ("days_overdue", .int($0.daysOverdue))])
            })),
            ("never_touched", .array(report.neverTouched.map(JSON.string))),
            ("reciprocity", .array(report.reciprocity.map {
                .object([("contact", .string($0.contact)), ("received", .int($0.received)), ("given", .int($0.given))])
            })),
        ]
        if let clicks = report.clicks {
            func rows(_ list: [ClickSummary.Row]) -> JSON {
                .array(list.map { .object([("key", .string($0.key)), ("human", .int($0.counts.human)), ("raw", .int($0.counts.raw))]) })
            }
            members.append(("clicks", .object([
                ("human", .int(clicks.total.human)), ("raw", .int(clicks.total.raw)), ("scanner_hits", .int(clicks.scannerHits)),
                ("lines_read", .int(clicks.linesRead)), ("by_platform", rows(clicks.byPlatform)), ("by_contact", rows(clicks.byContact)),
                ("by_article", rows(clicks.byArticle)),
                ("left_out", .object(clicks.leftOut.map { ($0.reason, JSON.int($0.lines)) })),
            ])))
        } else {
            members.append(("clicks", .null))
        }
        return JSON.object(members).text
    }

    static func conversation(_ entry: ConversationEntry) -> JSON {
        .object([("date", .string(entry.date.text)), ("contact", .string(entry.contact)), ("name", .string(entry.name)),
                 ("kind", .string(entry.kind)), ("basis", .string(entry.basis.rawValue)),
                 ("articles", .array(entry.articles.map { JSON.string($0.slug) })),
                 ("shared_on", entry.sharedOn.map { JSON.string($0.text) } ?? .null), ("days_after", entry.daysAfter.map(JSON.int) ?? .null),
                 ("reason", entry.reason.map(JSON.string) ?? .null), ("origin", entry.origin.map(JSON.string) ?? .null)])
    }
}
