import Core
import Foundation

/// The report as one self-contained HTML file: inline CSS, inline SVG charts, no script, nothing
/// loaded from any host; readable on a phone, printable, light and dark. Every value from the
/// ledger is escaped.
enum ReportHTML {
    static func page(_ report: ConversationReport, siteTitle: String) -> String {
        let period = (report.since.map { "\($0.text) to " } ?? "everything up to ") + report.until.text
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
            </ul></nav>
            </header>
            <main>

            """
        out += content(report) + giveFirst(report) + brokering(report) + network(report) + reciprocity(report) + clicks(report)
        out += "</main>\n<footer><p>Made by <code>goodwill report --as-of \(report.asOf.text)</code>. Every number is explained in docs/insight.md.</p></footer>\n</body>\n</html>\n"
        return out
    }

    // MARK: Sections

    static func content(_ report: ConversationReport) -> String {
        var out = section("content", "1. Content → conversations",
                          "Which articles led to a conversation: a reply or a meeting with the same person within \(report.windowDays) days of sharing it, or a reply that names the article.")
        if let sources = report.sources.sentence {
            out += "<p>Of the \(report.sources.total) rows in this period, \(ByteEscapes.html.escape(sources)).</p>\n"
        }
        let shared = report.articles.filter { $0.shares > 0 }
        if shared.isEmpty {
            out += "<p class=\"empty\">No article has been shared in this period yet. Log a share with <code>goodwill log shared</code>.</p>\n"
        } else {
            out += BarChart(id: "chart-articles", title: "Conversations per article", series: ["shares", "conversations"],
                            rows: shared.prefix(12).map { .init(label: $0.title, values: [Double($0.shares), Double($0.conversations)]) },
                            caption: "Shares and the shares that were followed by a conversation, for the 12 articles that led to most; each share counts once.").svg
            out += table(["Article", "Shares", "Contacts reached", "Conversations", "Rate"], numeric: [1, 2, 3, 4], report.articles) {
                [ByteEscapes.html.escape($0.title), ReportNumber.shares($0), "\($0.contactsReached)", "\($0.conversations)",
                 $0.shares == 0 ? "never shared" : ReportNumber.percent($0.conversationRate)]
            }
        }
        out += "<h3>By segment</h3>\n"
        if report.segments.isEmpty {
            out += "<p class=\"empty\">No segment is declared in goodwill.yml.</p>\n"
        } else {
            out += table(["Segment", "Contacts", "Shares", "Conversations", "Rate", "Gives", "Asks", "Give : ask"], numeric: [1, 2, 3, 4, 5, 6, 7],
                         report.segments) {
                             [ByteEscapes.html.escape($0.title), "\($0.contacts)", "\($0.shares)", "\($0.conversations)",
                              $0.shares == 0 ? "—" : ReportNumber.percent($0.conversationRate), "\($0.gives)", "\($0.asks)",
                              ReportNumber.ratio($0.giveAskRatio)]
                         }
        }
        return out + "</section>\n"
    }

    static func giveFirst(_ report: ConversationReport) -> String {
        let summary = report.giveFirst
        var out = section("give-first", "2. Give first",
                          "Gives are articles shared, introductions made and help given; asks are favours asked. Give first, and give more than you ask.")
        out += "<p class=\"figures\"><strong>\(summary.gives)</strong> give\(summary.gives == 1 ? "" : "s") · <strong>\(summary.asks)</strong> ask\(summary.asks == 1 ? "" : "s") · give : ask <strong>\(ReportNumber.ratio(summary.ratio))</strong></p>\n"
        if summary.byMonth.isEmpty {
            out += "<p class=\"empty\">No gives and no asks in this period yet.</p>\n"
        } else {
            out += BarChart(id: "chart-months", title: "Gives and asks per month", series: ["gives", "asks"],
                            rows: summary.byMonth.map { .init(label: $0.month, values: [Double($0.gives), Double($0.asks)]) },
                            caption: "Rows of the ledger per calendar month: gives (shared, intro, helped) and asks (asked). An intro is one give.").svg
        }
        out += "<h3>Before the first ask</h3>\n"
        if summary.contacts.isEmpty {
            out += "<p class=\"empty\">No asks yet: nobody has been asked for anything.</p>\n"
        } else {
            out += table(["Contact", "Gives before the first ask", ""], numeric: [1], summary.contacts) {
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
            out += table(["Date", "Introduced", "Segments", "Kind", "What followed"], numeric: [], report.introductions) { intro in
                [intro.date.text, intro.names.map(ByteEscapes.html.escape).joined(separator: " ↔ "),
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
            out += "<p class=\"figures\">Effectively <strong>\(ReportNumber.decimal(shape.effectiveSegments)) of \(shape.segmentsDeclared)</strong> segments · evenness <strong>\(evenness)</strong> · top 10% of contacts get <strong>\(ReportNumber.percent(shape.topDecileShare))</strong> of all activity</p>\n"
            out += "<p>\(meaning(shape))</p>\n"
            out += BarChart(id: "chart-segments", title: "Activity per segment", series: ["share of activity"],
                            rows: shape.activityBySegment.map { entry in
                                .init(label: report.segments.first { $0.segment == entry.segment }?.title ?? entry.segment,
                                      values: [entry.share], texts: [ReportNumber.percent(entry.share)])
                            },
                            caption: "Each ledger row counts for its contact's segments (half each for a contact in two).").svg
        }
        out += table(["Segment", "Contacts"], numeric: [1], shape.contactsPerSegment) { entry in
            [ByteEscapes.html.escape(report.segments.first { $0.segment == entry.segment }?.title ?? entry.segment), "\(entry.contacts)"]
        }
        out += "<h3>Stay in touch</h3>\n"
        if report.overdue.isEmpty {
            out += "<p class=\"empty\">Nobody is past their cadence.</p>\n"
        } else {
            out += "<p>Contacts whose days since the last touch of any kind exceed their cadence (the contact's, else the segment's, else 30 days), most overdue first.</p>\n"
            out += table(["Contact", "Days since last touch", "Cadence", "Days overdue"], numeric: [1, 2, 3], report.overdue) {
                [ByteEscapes.html.escape($0.name), "\($0.daysSinceLastTouch)", "\($0.cadenceDays)", "\($0.daysOverdue)"]
            }
        }
        if !report.neverTouched.isEmpty {
            out += "<p>Never in touch yet: \(report.neverTouched.count) contact\(report.neverTouched.count == 1 ? "" : "s").</p>\n"
        }
        return out + "</section>\n"
    }

    static func title(of segment: String, in report: ConversationReport) -> String {
        report.segments.first { $0.segment == segment }?.title ?? segment
    }

    static func meaning(_ shape: NetworkShape) -> String {
        guard let evenness = shape.evenness else { return "With one segment declared, there is nothing to spread over." }
        switch evenness {
        case ..<0.4: return "Most of what you do goes to one circle: strong bonds, few bridges."
        case ..<0.75: return "Your activity leans toward some circles and reaches the others now and then."
        default: return "Your activity is spread evenly: you bridge between all your circles."
        }
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

    // MARK: Pieces

    static func section(_ id: String, _ title: String, _ lead: String) -> String {
        "<section id=\"\(id)\" aria-labelledby=\"\(id)-heading\">\n<h2 id=\"\(id)-heading\">\(ByteEscapes.html.escape(title))</h2>\n<p class=\"lead\">\(ByteEscapes.html.escape(lead))</p>\n"
    }

    /// Rows a table shows; the rest are counted under it (the JSON report has them all). A
    /// monthly review reads the top of each list, and 30,000 rows would make the page unusable.
    static let rowLimit = 50

    /// A table of the first `rowLimit` items, each made into cells (HTML already) only if shown;
    /// scrolls sideways on a phone rather than the page.
    static func table<Item>(_ header: [String], numeric: Set<Int>, _ items: [Item], _ cells: (Item) -> [String]) -> String {
        guard !items.isEmpty else { return "" }
        let rows = items.prefix(rowLimit).map(cells)
        var out = "<div class=\"table\"><table>\n<thead><tr>"
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
        footer{margin-top:3rem;padding-bottom:2rem;font-size:.9rem}
        @media print{body{font-size:11pt}nav{display:none}h2{break-after:avoid}table,figure{break-inside:avoid}a{color:inherit}}
        """
}
