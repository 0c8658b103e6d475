/// The report as Markdown text: the same sections and numbers as the HTML page.
enum ReportMarkdown {
    static func text(_ report: ConversationReport, siteTitle: String) -> String {
        let md = SuggestionMarkdown.markdown
        let period = (report.since.map { "\($0.text) to " } ?? "everything up to ") + report.until.text
        var out = "# Goodwill report: \(md(siteTitle))\n\n\(period), as of \(report.asOf.text); a conversation counts within \(report.windowDays) days of a share. Private: names from your ledger.\n\n"

        out += "## 1. Content → conversations\n\n"
        if let sources = report.sources.sentence { out += "Of the \(report.sources.total) rows in this period, \(sources).\n\n" }
        if report.articles.allSatisfy({ $0.shares == 0 }) {
            out += "No article has been shared in this period yet.\n\n"
        } else {
            out += table(["Article", "Shares", "Contacts reached", "Conversations", "Rate"], report.articles) {
                [md($0.title), ReportNumber.shares($0), "\($0.contactsReached)", "\($0.conversations)", $0.shares == 0 ? "never shared" : ReportNumber.percent($0.conversationRate)]
            }
        }
        out += table(["Segment", "Contacts", "Shares", "Conversations", "Rate", "Gives", "Asks", "Give : ask"], report.segments) {
            [md($0.title), "\($0.contacts)", "\($0.shares)", "\($0.conversations)", $0.shares == 0 ? "—" : ReportNumber.percent($0.conversationRate),
             "\($0.gives)", "\($0.asks)", ReportNumber.ratio($0.giveAskRatio)]
        }

        let give = report.giveFirst
        out += "## 2. Give first\n\n\(give.gives) give\(give.gives == 1 ? "" : "s"), \(give.asks) ask\(give.asks == 1 ? "" : "s"), give : ask \(ReportNumber.ratio(give.ratio)).\n\n"
        out += table(["Month", "Gives", "Asks"], give.byMonth) { [$0.month, "\($0.gives)", "\($0.asks)"] }
        out += give.contacts.isEmpty ? "No asks yet.\n\n" : table(["Contact", "Gives before the first ask", "Asked before giving"], give.contacts) {
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
            out += "Effectively \(ReportNumber.decimal(shape.effectiveSegments)) of \(shape.segmentsDeclared) segments, evenness \(shape.evenness.map { ReportNumber.decimal($0, places: 2) } ?? "—"); the top 10% of contacts get \(ReportNumber.percent(shape.topDecileShare)) of all activity. \(ReportHTML.meaning(shape))\n\n"
        }
        out += report.overdue.isEmpty ? "Nobody is past their cadence.\n\n" : table(["Stay in touch", "Days since last touch", "Cadence", "Days overdue"], report.overdue) {
            [md($0.name), "\($0.daysSinceLastTouch)", "\($0.cadenceDays)", "\($0.daysOverdue)"]
        }

        out += "## 5. Reciprocity\n\n"
        out += report.reciprocity.isEmpty ? "Nothing given or received yet.\n\n" : table(["Contact", "Received from them", "Given to them"], report.reciprocity) {
            [md($0.name), "\($0.received)", "\($0.given)"]
        }

        out += "## 6. Clicks\n\n"
        if let clicks = report.clicks {
            out += "\(clicks.total.human) likely-human visits of \(clicks.total.raw) requests; \(clicks.scannerHits) from mail scanners.\n\n"
            out += table(["utm_source", "Likely human", "Raw"], clicks.byPlatform) { [md($0.label), "\($0.counts.human)", "\($0.counts.raw)"] }
            out += table(["Contact", "Likely human", "Raw"], clicks.byContact) { [md($0.label), "\($0.counts.human)", "\($0.counts.raw)"] }
            out += table(["Left out", "Lines"], clicks.leftOut) { [md($0.reason), "\($0.lines)"] }
        } else {
            out += "No access log given.\n"
        }
        return out
    }

    /// The first `ReportHTML.rowLimit` items as a table, each made into cells only if shown.
    static func table<Item>(_ header: [String], _ items: [Item], _ cells: (Item) -> [String]) -> String {
        guard !items.isEmpty else { return "" }
        var out = "| " + header.joined(separator: " | ") + " |\n|" + header.map { _ in "---|" }.joined() + "\n"
        for item in items.prefix(ReportHTML.rowLimit) { out += "| " + cells(item).joined(separator: " | ") + " |\n" }
        if items.count > ReportHTML.rowLimit { out += "\nand \(items.count - ReportHTML.rowLimit) more: `--format json` has every row.\n" }
        return out + "\n"
    }
}
