/// The report as Markdown text: the same sections and numbers as the HTML page; the lists of
/// conversations in full.
enum ReportMarkdown {
    static func text(_ report: ConversationReport, siteTitle: String) -> String {
        let md = SuggestionMarkdown.markdown
        var out = "# Goodwill report: \(md(siteTitle))\n\n\(ReportWords.period(report)), as of \(report.asOf.text); a conversation counts within \(report.windowDays) days of a share. Private: names from your ledger.\n\n"

        out += "## 1. Content → conversations\n\n"
        if let sources = report.sources.sentence { out += "Of the \(report.sources.total) rows in this period, \(sources).\n\n" }
        if let leftOut = LeftOutRows.sentence(report.leftOutRows) { out += "\(md(leftOut))\n\n" }
        if report.articles.allSatisfy({ $0.shares == 0 }) {
            out += "No article has been shared in this period yet.\n\n"
        } else {
            out += table(["Article", "Shares", "Contacts reached", "Conversations", "Rate"], report.articles) {
                [md($0.title), ReportNumber.shares($0), "\($0.contactsReached)", "\($0.conversations)", ReportWords.rate($0, in: report)]
            }
        }
        out += table(["Segment", "Contacts", "Shares", "Conversations", "Rate", "Personal gives", "Digests", "Asks", "Give : ask"], report.segments) {
            [md($0.title), "\($0.contacts)", "\($0.shares)", "\($0.conversations)", $0.conversationRate.map(ReportNumber.percent) ?? "—",
             "\($0.gives)", "\($0.digestGives)", "\($0.asks)", ReportNumber.ratio($0.giveAskRatio)]
        }
        out += "### Who replied\n\n"
        if let sources = ReportWords.conversationSources(report.conversations, what: "followed a share") { out += "\(sources)\n\n" }
        out += report.conversations.isEmpty ? "No conversation followed a share of this period yet.\n\n"
            : table(["Contact", "When", "What", "After the share of", "Shared on", "Days after"], report.conversations, limit: nil) {
                [md($0.name), $0.date.text, $0.kind, md(ReportWords.followed($0)), $0.sharedOn?.text ?? "—", $0.daysAfter.map(String.init) ?? "—"]
            }
        out += "### Conversations that did not follow a share\n\n"
        out += report.unfollowed.isEmpty ? "None in this period: every conversation followed a share.\n\n"
            : table(["Contact", "When", "What", "Why it counts for no share"], report.unfollowed, limit: nil) {
                [md($0.name), $0.date.text, $0.kind, md($0.reason ?? "")]
            }

        let give = report.giveFirst
        out += "## 2. Give first\n\n\(ReportWords.gives(give)).\n\n"
        out += table(["Month", "Personal gives", "Digests", "Asks"], give.byMonth) { [$0.month, "\($0.gives)", "\($0.digestGives)", "\($0.asks)"] }
        out += give.contacts.isEmpty ? "No asks in this period.\n\n" : table(["Asked in this period", "Gives before the first ask", "Asked before giving"], give.contacts) {
            [md($0.name), "\($0.givesBeforeFirstAsk)", $0.askedBeforeGiven ? "yes" : ""]
        }

        out += "## 3. Brokering\n\n"
        out += report.introductions.isEmpty ? "No introductions in this period yet.\n\n" : table(["Date", "Introduced", "Kind", "What followed"], report.introductions) {
            [$0.date.text, $0.names.map(md).joined(separator: " ↔ "), $0.isBridge ? "bridge" : "bond",
             $0.followedBy.isEmpty ? "nothing yet" : $0.followedBy.map(md).joined(separator: "; ")]
        }

        let shape = report.network
        out += "## 4. Bonding and bridging\n\n"
        if shape.effectiveSegments == 0 {
            out += "No activity with contacts in a segment yet.\n\n"
        } else {
            out += "Effectively \(ReportNumber.decimal(shape.effectiveSegments)) of \(shape.segmentsDeclared) segments, evenness \(shape.evenness.map { ReportNumber.decimal($0, places: 2) } ?? "—"). \(ReportWords.spread(shape)) \(ReportWords.bridging(shape))\n\n\(ReportWords.concentration(shape))\n\n"
        }
        out += report.overdue.isEmpty ? "Nobody is past their cadence.\n\n" : table(["Stay in touch", "Days since last touch", "Cadence", "Days overdue"], report.overdue) {
            [md($0.name), "\($0.daysSinceLastTouch)", "\($0.cadenceDays)", "\($0.daysOverdue)"]
        }
        if let never = ReportWords.neverTouched(report) { out += "\(never)\n\n" }

        out += "## 5. Reciprocity\n\n"
        out += report.reciprocity.isEmpty ? "Nothing given or received yet.\n\n" : table(["Contact", "Received from them", "Given to them"], report.reciprocity) {
            [md($0.name), "\($0.received)", "\($0.given)"]
        }

        out += "## 6. Clicks\n\n"
        if let clicks = report.clicks {
            out += "\(clicks.total.human) likely-human visits of \(clicks.total.raw) requests in this period; \(clicks.scannerHits) from mail scanners.\n\n"
            out += table(["utm_source", "Likely human", "Raw"], clicks.byPlatform) { [md($0.label), "\($0.counts.human)", "\($0.counts.raw)"] }
            out += table(["Contact", "Likely human", "Raw"], clicks.byContact) { [md($0.label), "\($0.counts.human)", "\($0.counts.raw)"] }
            out += table(["Left out", "Lines"], clicks.leftOut) { [md($0.reason), "\($0.lines)"] }
        } else {
            out += "No access log given.\n\n"
        }

        out += "## How it is counted\n\n"
        for (term, definition) in ReportWords.definitions(report) { out += "- **\(term)**: \(definition)\n" }
        out += "\nMade by `\(ReportWords.command(report))`.\n"
        return out
    }

    /// The first `limit` items (all with nil) as a table, each made into cells only if shown.
    static func table<Item>(_ header: [String], _ items: [Item], limit: Int? = ReportHTML.rowLimit, _ cells: (Item) -> [String]) -> String {
        guard !items.isEmpty else { return "" }
        let shown = limit ?? items.count
        var out = "| " + header.joined(separator: " | ") + " |\n|" + header.map { _ in "---|" }.joined() + "\n"
        for item in items.prefix(shown) { out += "| " + cells(item).joined(separator: " | ") + " |\n" }
        if items.count > shown { out += "\nand \(items.count - shown) more: `--format json` has every row.\n" }
        return out + "\n"
    }
}
