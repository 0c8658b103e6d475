import Core
import Foundation

/// The report as one self-contained HTML file: inline CSS, inline SVG charts, no script, nothing
/// loaded from any host; readable on a phone, printable, light and dark. Every value from the
/// ledger is escaped.
enum ReportHTML {
    static func page(_ report: ConversationReport, siteTitle: String) -> String {
        let period = ReportWords.period(report)
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex, nofollow">
            <meta name="color-scheme" content="light dark">
            <title>Goodwill report · \(ByteEscapes.html.escape(siteTitle)) · \(report.asOf.text)</title>
            <style>\(style)</style>
            </head>
            <body>
            <header>
            <p class="kicker">Private: names and notes from your ledger. Keep this file to yourself.</p>
            <h1>Goodwill report</h1>
            <p>\(ByteEscapes.html.escape(siteTitle)) · \(period) · as of \(report.asOf.text) · a conversation counts within \(report.windowDays) days of a share</p>
            <nav aria-label="Sections"><ul>
            <li><a href="#content">Content → conversations</a></li>
            <li><a href="#give-first">Give first</a></li>
            <li><a href="#brokering">Brokering</a></li>
            <li><a href="#network">Bonding and bridging</a></li>
            <li><a href="#reciprocity">Reciprocity</a></li>
            <li><a href="#clicks">Clicks</a></li>
            <li><a href="#counting">How it is counted</a></li>
            </ul></nav>
            </header>
            <main>

            """
        out += content(report) + giveFirst(report) + brokering(report) + network(report) + reciprocity(report) + clicks(report)
        out += counting(report)
        out += "</main>\n<footer><p>Made by <code>\(ByteEscapes.html.escape(ReportWords.command(report)))</code>.</p></footer>\n</body>\n</html>\n"
        return out
    }

    // MARK: Sections

    static func content(_ report: ConversationReport) -> String {
        var out = section("content", "1. Content → conversations",
                          "Which articles led to a conversation: a reply or a meeting with the same person within \(report.windowDays) days of sharing it, or a reply that names the article.")
        if let sources = report.sources.sentence {
            out += "<p>Of the \(report.sources.total) rows in this period, \(ByteEscapes.html.escape(sources)).</p>\n"
        }
        if let leftOut = LeftOutRows.sentence(report.leftOutRows) { out += "<p class=\"flag\">\(ByteEscapes.html.escape(leftOut))</p>\n" }
        let shared = report.articles.filter { $0.shares > 0 }
        if shared.isEmpty {
            out += "<p class=\"empty\">No article has been shared in this period yet. Log a share with <code>goodwill log shared</code>.</p>\n"
        } else {
            out += BarChart(id: "chart-articles", title: "Conversations per article", series: ["shares", "conversations"],
                            rows: shared.prefix(12).map { .init(label: $0.title, values: [Double($0.shares), Double($0.conversations)]) },
                            caption: "Shares and the shares that were followed by a conversation, for the \(shared.count >= 12 ? "12 articles" : shared.count == 1 ? "one article" : "\(shared.count) articles") that led to most; each share counts once. The table below has every article.").svg
            out += table(["Article", "Shares", "Contacts reached", "Conversations", "Rate"], numeric: [1, 2, 3, 4], report.articles) {
                [ByteEscapes.html.escape($0.title), ReportNumber.shares($0), "\($0.contactsReached)", "\($0.conversations)",
                 ReportWords.rate($0, in: report)]
            }
            let unclear = report.articles.reduce(0) { $0 + $1.unclear }
            if unclear > 0 {
                out += "<p>\(unclear) share\(unclear == 1 ? " is" : "s are") left out of the rates: an unnamed reply or meeting came within \(report.windowDays) days of two or more shares to the same person, so which one it answered is unclear.</p>\n"
            }
        }
        out += "<h3>Who replied</h3>\n"
        if let sources = ReportWords.conversationSources(report.conversations, what: "followed a share") { out += "<p>\(ByteEscapes.html.escape(sources))</p>\n" }
        out += report.conversations.isEmpty
            ? "<p class=\"empty\">No conversation followed a share of this period yet.</p>\n"
            : table(["Contact", "When", "What", "After the share of", "Shared on", "Days after"], numeric: [5], report.conversations) {
                [ByteEscapes.html.escape($0.name), time($0.date), $0.kind, ByteEscapes.html.escape(ReportWords.followed($0)),
                 $0.sharedOn.map(time) ?? "—", $0.daysAfter.map(String.init) ?? "—"]
            }
        out += "<h3>Conversations that did not follow a share</h3>\n"
        out += report.unfollowed.isEmpty
            ? "<p class=\"empty\">None in this period: every conversation followed a share.</p>\n"
            : table(["Contact", "When", "What", "Why it counts for no share"], numeric: [], report.unfollowed, wide: true) {
                [ByteEscapes.html.escape($0.name), time($0.date), $0.kind, ByteEscapes.html.escape($0.reason ?? "")]
            }
        out += "<h3>By segment</h3>\n"
        if report.segments.isEmpty {
            out += "<p class=\"empty\">No segment is declared in goodwill.yml.</p>\n"
        } else {
            out += table(["Segment", "Contacts", "Shares", "Conversations", "Rate", "Personal gives", "Digests", "Asks", "Give : ask"],
                         numeric: [1, 2, 3, 4, 5, 6, 7, 8], report.segments) {
                             [ByteEscapes.html.escape($0.title), "\($0.contacts)", "\($0.shares)", "\($0.conversations)",
                              $0.conversationRate.map(ReportNumber.percent) ?? "—", "\($0.gives)", "\($0.digestGives)", "\($0.asks)",
                              ReportNumber.ratio($0.giveAskRatio)]
                         }
        }
        return out + "</section>\n"
    }

    static func giveFirst(_ report: ConversationReport) -> String {
        let summary = report.giveFirst
        var out = section("give-first", "2. Give first",
                          "Gives are articles shared, introductions made and help given; asks are favours asked. Give first, and give more than you ask.")
        out += "<p class=\"figures\"><strong>\(summary.gives)</strong> personal give\(summary.gives == 1 ? "" : "s") · <strong>\(summary.asks)</strong> ask\(summary.asks == 1 ? "" : "s") · give : ask <strong>\(ReportNumber.ratio(summary.ratio))</strong>"
            + (summary.digestGives == 0 ? "" : " · \(summary.digestGives) digest message\(summary.digestGives == 1 ? "" : "s") apart") + "</p>\n"
        if summary.byMonth.isEmpty {
            out += "<p class=\"empty\">No gives and no asks in this period yet.</p>\n"
        } else {
            out += BarChart(id: "chart-months", title: "Gives and asks per month", series: ["gives", "asks"],
                            rows: summary.byMonth.map { .init(label: $0.month, values: [Double($0.gives), Double($0.asks)]) },
                            caption: "Rows of the ledger per calendar month: personal gives (shared, intro, helped; digests left out) and asks (asked). An intro is one give. The table below has the same numbers.").svg
            out += table(["Month", "Personal gives", "Digests", "Asks"], numeric: [1, 2, 3], summary.byMonth, label: "Gives and asks per month") {
                [$0.month, "\($0.gives)", "\($0.digestGives)", "\($0.asks)"]
            }
        }
        out += "<h3>Before the first ask</h3>\n"
        if summary.contacts.isEmpty {
            out += "<p class=\"empty\">No asks yet: nobody has been asked for anything in this period.</p>\n"
        } else {
            out += "<p>Each contact asked something in this period, with the personal gives they had before their first ask ever.</p>\n"
            out += table(["Contact", "Gives before the first ask", "Asked before giving"], numeric: [1], summary.contacts) {
                [ByteEscapes.html.escape($0.name), "\($0.givesBeforeFirstAsk)", $0.askedBeforeGiven ? "<strong class=\"flag\">asked before giving</strong>" : ""]
            }
        }
        return out + "</section>\n"
    }

    static func brokering(_ report: ConversationReport) -> String {
        var out = section("brokering", "3. Brokering",
                          "Introductions you made, the circles each one bridged, and what followed within \(report.windowDays) days: a conversation with, or something given by, either person.")
        if report.introductions.isEmpty {
            out += "<p class=\"empty\">No introductions in this period yet. <code>goodwill suggest</code> proposes some.</p>\n"
        } else {
            let bridges = report.introductions.filter(\.isBridge).count
            let count = report.introductions.count
            out += "<p class=\"figures\"><strong>\(count)</strong> introduction\(count == 1 ? "" : "s") · <strong>\(bridges)</strong> across circles · <strong>\(report.introductions.filter { !$0.followedBy.isEmpty }.count)</strong> followed by something</p>\n"
            out += table(["Date", "Introduced", "Segments", "Kind", "What followed"], numeric: [], report.introductions, wide: true) { intro in
                [time(intro.date), intro.names.map(ByteEscapes.html.escape).joined(separator: " ↔ "),
                 intro.segments.map { $0.isEmpty ? "—" : $0.map { ByteEscapes.html.escape(title(of: $0, in: report)) }.joined(separator: ", ") }.joined(separator: " ↔ "),
                 intro.isBridge ? "bridge" : "bond",
                 intro.followedBy.isEmpty ? "nothing yet" : intro.followedBy.map(ByteEscapes.html.escape).joined(separator: "; ")]
            }
        }
        return out + "</section>\n"
    }

    static func network(_ report: ConversationReport) -> String {
        let shape = report.network
        var out = section("network", "4. Bonding and bridging",
                          "How your activity spreads over your segments. Bonding keeps one circle close; bridging reaches the others, where news and introductions come from.")
        if shape.effectiveSegments == 0 {
            out += "<p class=\"empty\">No activity with contacts in a segment yet.</p>\n"
        } else {
            let evenness = shape.evenness.map { ReportNumber.decimal($0, places: 2) } ?? "—"
            out += "<p class=\"figures\">Effectively <strong>\(ReportNumber.decimal(shape.effectiveSegments)) of \(shape.segmentsDeclared)</strong> segments · evenness <strong>\(evenness)</strong> · <strong>\(shape.bridgeIntroductions)</strong> introduction\(shape.bridgeIntroductions == 1 ? "" : "s") across circles</p>\n"
            out += "<p>\(ByteEscapes.html.escape(ReportWords.spread(shape))) \(ByteEscapes.html.escape(ReportWords.bridging(shape)))</p>\n"
            out += "<p>\(ByteEscapes.html.escape(ReportWords.concentration(shape)))</p>\n"
            out += BarChart(id: "chart-segments", title: "Activity per segment", series: ["share of activity"],
                            rows: shape.activityBySegment.map { entry in
                                .init(label: report.segments.first { $0.segment == entry.segment }?.title ?? entry.segment,
                                      values: [entry.share], texts: [ReportNumber.percent(entry.share)])
                            },
                            caption: "Each ledger row counts for its contact's segments (half each for a contact in two). The table below has the same shares.").svg
        }
        out += table(["Segment", "Contacts", "Share of activity"], numeric: [1, 2], shape.contactsPerSegment, label: "Contacts and activity per segment") { entry in
            [ByteEscapes.html.escape(report.segments.first { $0.segment == entry.segment }?.title ?? entry.segment), "\(entry.contacts)",
             ReportNumber.percent(shape.activityBySegment.first { $0.segment == entry.segment }?.share ?? 0)]
        }
        out += "<h3>Stay in touch</h3>\n"
        if report.overdue.isEmpty {
            out += "<p class=\"empty\">Nobody is past their cadence.</p>\n"
        } else {
            out += "<p>Contacts whose days since the last touch exceed their cadence (the contact's, else the segment's, else 30 days), most overdue first. A touch is a give or something from them; an ask alone is not one.</p>\n"
            out += table(["Contact", "Days since last touch", "Cadence", "Days overdue"], numeric: [1, 2, 3], report.overdue) {
                [ByteEscapes.html.escape($0.name), "\($0.daysSinceLastTouch)", "\($0.cadenceDays)", "\($0.daysOverdue)"]
            }
        }
        if let never = ReportWords.neverTouched(report) { out += "<p>\(never)</p>\n" }
        return out + "</section>\n"
    }

    static func title(of segment: String, in report: ConversationReport) -> String {
        report.segments.first { $0.segment == segment }?.title ?? segment
    }

    static func reciprocity(_ report: ConversationReport) -> String {
        var out = section("reciprocity", "5. Reciprocity", "What each person gave you against what you gave them, in this period.")
        if report.reciprocity.isEmpty {
            out += "<p class=\"empty\">Nothing given or received in this period yet.</p>\n"
        } else {
            out += table(["Contact", "Received from them", "Given to them"], numeric: [1, 2], report.reciprocity) {
                [ByteEscapes.html.escape($0.name), "\($0.received)", "\($0.given)"]
            }
        }
        return out + "</section>\n"
    }

    static func clicks(_ report: ConversationReport) -> String {
        var out = section("clicks", "6. Clicks", "Visits to article links from your server's access logs, counted as a person would be.")
        guard let clicks = report.clicks else {
            return out + "<p class=\"empty\">No access log given: pass <code>--access-log /var/log/nginx/access.log</code> to count visits.</p>\n</section>\n"
        }
        out += "<p class=\"figures\"><strong>\(clicks.total.human)</strong> likely-human visits · \(clicks.total.raw) requests · \(clicks.scannerHits) from mail scanners · \(clicks.linesRead) lines read</p>\n"
        out += "<p>A visit is a GET answered 2xx, not from a bot or link preview, counted once per link and person per 8 hours; a token opening several links within seconds is a mail scanner.</p>\n"
        out += "<h3>By platform</h3>\n" + table(["utm_source", "Likely human", "Raw"], numeric: [1, 2], clicks.byPlatform) {
            [ByteEscapes.html.escape($0.label), "\($0.counts.human)", "\($0.counts.raw)"]
        }
        out += "<h3>By contact</h3>\n"
        out += clicks.byContact.isEmpty ? "<p class=\"empty\">No visit carried a contact's token.</p>\n"
            : table(["Contact", "Likely human", "Raw"], numeric: [1, 2], clicks.byContact) { [ByteEscapes.html.escape($0.label), "\($0.counts.human)", "\($0.counts.raw)"] }
        out += "<h3>By article</h3>\n" + table(["Article", "Likely human", "Raw"], numeric: [1, 2], clicks.byArticle) {
            [ByteEscapes.html.escape($0.label), "\($0.counts.human)", "\($0.counts.raw)"]
        }
        out += "<h3>Left out</h3>\n" + table(["Reason", "Lines"], numeric: [1], clicks.leftOut) { [ByteEscapes.html.escape($0.reason), "\($0.lines)"] }
        return out + "</section>\n"
    }

    static func counting(_ report: ConversationReport) -> String {
        var out = section("counting", "How it is counted", "What each number means, so this page stands on its own.")
        out += "<dl>\n"
        for (term, definition) in ReportWords.definitions(report) {
            out += "<dt>\(ByteEscapes.html.escape(term))</dt><dd>\(ByteEscapes.html.escape(definition))</dd>\n"
        }
        return out + "</dl>\n</section>\n"
    }

    // MARK: Pieces

    /// A day that never breaks across lines in a narrow column.
    static func time(_ date: ContentDate) -> String {
        "<time datetime=\"\(date.text)\">\(date.text)</time>"
    }

    static func section(_ id: String, _ title: String, _ lead: String) -> String {
        "<section id=\"\(id)\" aria-labelledby=\"\(id)-heading\">\n<h2 id=\"\(id)-heading\">\(ByteEscapes.html.escape(title))</h2>\n<p class=\"lead\">\(ByteEscapes.html.escape(lead))</p>\n"
    }

    /// Rows a table shows; the rest are counted under it (the JSON report has them all). A
    /// monthly review reads the top of each list, and 30,000 rows would make the page unusable.
    static let rowLimit = 50

    /// A table of the first `rowLimit` items, each made into cells (HTML already) only if shown;
    /// scrolls sideways on a phone rather than the page.
    static func table<Item>(_ header: [String], numeric: Set<Int>, _ items: [Item], label: String? = nil, wide: Bool? = nil,
                            _ cells: (Item) -> [String]) -> String {
        guard !items.isEmpty else { return "" }
        let rows = items.prefix(rowLimit).map(cells)
        // A table of many columns keeps readable columns and scrolls sideways on a phone, instead
        // of squeezing its text into a word per line. The wrapper that may scroll is a named
        // region a keyboard can reach (WCAG 2.1.1), named by the table's first column and its purpose.
        let name = label ?? header.joined(separator: ", ")
        var out = "<div class=\"table\(wide ?? (header.count >= 5) ? " wide" : "")\" role=\"region\" tabindex=\"0\" aria-label=\"\(ByteEscapes.html.escape(name))\"><table>\n<thead><tr>"
        for (index, cell) in header.enumerated() {
            out += "<th scope=\"col\"\(numeric.contains(index) ? " class=\"n\"" : "")>\(ByteEscapes.html.escape(cell))</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for row in rows {
            out += "<tr>"
            for (index, cell) in row.enumerated() {
                out += index == 0 ? "<th scope=\"row\">\(cell)</th>" : "<td\(numeric.contains(index) ? " class=\"n\"" : "")>\(cell)</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table></div>\n"
        if items.count > rowLimit {
            out += "<p class=\"more\">and \(items.count - rowLimit) more: <code>--format json</code> has every row.</p>\n"
        }
        return out
    }

    static let style = """
        :root{--bg:#fff;--fg:#1d2127;--muted:#59606b;--line:#d8dce2;--s0:#2f6f8f;--s1:#c2662d;--flag:#a3262a}
        @media (prefers-color-scheme:dark){:root{--bg:#15181c;--fg:#e6e8eb;--muted:#a7adb5;--line:#353b43;--s0:#7cc0e0;--s1:#f0a06a;--flag:#ff8a8a}}
        *{box-sizing:border-box}body{margin:0;background:var(--bg);color:var(--fg);font:17px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif}
        header,main,footer{max-width:62rem;margin:0 auto;padding:0 1rem}h1{margin:.2rem 0;font-size:2rem}h2{margin-top:2.5rem;border-top:2px solid var(--line);padding-top:1rem}
        .kicker,.lead,footer,figcaption,.more{color:var(--muted)}.kicker{font-size:.9rem;margin-bottom:0}nav ul{display:flex;flex-wrap:wrap;gap:.3rem 1rem;padding:0;list-style:none}
        a{color:var(--s0)}a:focus-visible{outline:3px solid var(--s1);outline-offset:2px}.figures{font-size:1.1rem}.empty{font-style:italic;color:var(--muted)}.flag{color:var(--flag)}
        .table{overflow-x:auto;margin:1rem 0}table{border-collapse:collapse;width:100%;font-size:.95rem}th,td{text-align:left;padding:.35rem .6rem;border-bottom:1px solid var(--line);vertical-align:top}
        thead th{border-bottom:2px solid var(--line)}tbody th{font-weight:normal;min-width:11rem}
        @media (max-width:40rem){body{font-size:16px}th,td{padding:.3rem .4rem}table{font-size:.9rem}h1{font-size:1.6rem}}.n{text-align:right;font-variant-numeric:tabular-nums}
        figure{margin:1.5rem 0}svg.chart{width:100%;height:auto;max-width:30rem;display:block}svg text{fill:var(--fg);font-size:13px}svg text.label{fill:var(--muted)}.s0{fill:var(--s0)}.s1{fill:var(--s1)}
        footer{margin-top:3rem;padding-bottom:2rem;font-size:.9rem}dt{font-weight:600;margin-top:.6rem}time{white-space:nowrap}.wide table{min-width:44rem}.table:focus-visible{outline:3px solid var(--s1);outline-offset:2px}dd{margin:0 0 0 1rem}
        @media print{body{font-size:11pt}nav{display:none}h2{break-after:avoid}table,figure{break-inside:avoid}a{color:inherit}}
        """
}
