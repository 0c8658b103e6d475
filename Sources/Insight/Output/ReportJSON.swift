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
                         ("conversation_rate", .number($0.conversationRate)), ("imported_shares", .int($0.importedShares))])
            })),
            ("sources", .object([("typed", .int(report.sources.typed)),
                                 ("imported", .object(report.sources.imported.sorted { $0.key < $1.key }.map { ($0.key, JSON.int($0.value)) }))])),
            ("segments", .array(report.segments.map {
                .object([("segment", .string($0.segment)), ("contacts", .int($0.contacts)), ("shares", .int($0.shares)),
                         ("conversations", .int($0.conversations)), ("conversation_rate", .number($0.conversationRate)),
                         ("gives", .int($0.gives)), ("asks", .int($0.asks)), ("give_ask_ratio", $0.giveAskRatio.map(JSON.number) ?? .null)])
            })),
            ("give_first", .object([
                ("gives", .int(give.gives)), ("asks", .int(give.asks)), ("ratio", give.ratio.map(JSON.number) ?? .null),
                ("by_month", .array(give.byMonth.map { .object([("month", .string($0.month)), ("gives", .int($0.gives)), ("asks", .int($0.asks))]) })),
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
}
