import Core

/// The report's sentences, written once for the HTML page and the Markdown text: what a number
/// means, and how it was counted, in the page itself (a user of the binary has no docs folder).
enum ReportWords {
    static func period(_ report: ConversationReport) -> String {
        (report.since.map { "\($0.text) to " } ?? "everything up to ") + report.until.text
    }

    /// The command that makes this report again, with every option that shaped it.
    static func command(_ report: ConversationReport) -> String {
        var parts = ["goodwill report", "--as-of \(report.asOf.text)"]
        if let since = report.since { parts.append("--since \(since.text)") }
        if report.until != report.asOf { parts.append("--until \(report.until.text)") }
        if report.windowDays != Attribution.defaultWindowDays { parts.append("--window \(report.windowDays)") }
        for file in report.clicks?.files ?? [] { parts.append("--access-log \(ShellWord.quote(file))") }
        return parts.joined(separator: " ")
    }

    /// An article's rate, or why it has none.
    static func rate(_ article: ArticleConversations, in report: ConversationReport) -> String {
        if let rate = article.conversationRate { return ReportNumber.percent(rate) }
        if article.shares > 0 { return "unclear" }
        return report.isBounded ? "not shared in this period" : "never shared"
    }

    static func gives(_ give: GiveFirstSummary) -> String {
        "\(give.gives) personal give\(give.gives == 1 ? "" : "s"), \(give.asks) ask\(give.asks == 1 ? "" : "s")"
            + (give.ratio.map { ", give : ask \(ReportNumber.ratio($0))" } ?? "")
            + (give.digestGives == 0 ? "" : "; \(give.digestGives) digest message\(give.digestGives == 1 ? "" : "s") apart")
    }

    /// How concentrated the activity is, among the contacts you were in touch with.
    static func concentration(_ shape: NetworkShape) -> String {
        let people = shape.topDecileContacts == 1 ? "the most active contact" : "the \(shape.topDecileContacts) most active"
        return "Of the \(shape.contactsInTouch) contact\(shape.contactsInTouch == 1 ? "" : "s") you were in touch with in this period, \(people) (the top 10%, rounded up) had \(ReportNumber.percent(shape.topDecileShare)) of the activity."
    }

    /// What the evenness says: how your attention spreads, which is not bridging.
    static func spread(_ shape: NetworkShape) -> String {
        guard let evenness = shape.evenness else { return "With one segment declared, there is nothing to spread over." }
        switch evenness {
        case ..<0.4: return "Most of your activity goes to one circle: you keep that circle close and the others hear little from you."
        case ..<0.75: return "Your activity leans toward some circles and reaches the others now and then."
        default: return "Your attention is spread evenly over your circles."
        }
    }

    /// Bridging is introductions across segments: the number that says it.
    static func bridging(_ shape: NetworkShape) -> String {
        if shape.introductions == 0 { return "Bridging is introducing people of different circles to each other: no introduction in this period (goodwill suggest proposes some)." }
        return "Bridging is introducing people of different circles to each other: \(shape.bridgeIntroductions) of your \(shape.introductions) introduction\(shape.introductions == 1 ? "" : "s") in this period did."
    }

    /// `12 conversations followed a share: 5 found in mail, 3 in the LinkedIn export, 4 typed.`
    static func conversationSources(_ entries: [ConversationEntry], what: String) -> String? {
        guard !entries.isEmpty else { return nil }
        var byOrigin: [String: Int] = [:]
        for entry in entries { byOrigin[entry.origin ?? "", default: 0] += 1 }
        let names = ["mail": "in mail", "linkedin": "in the LinkedIn export"]
        var parts = byOrigin.filter { !$0.key.isEmpty }.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
            .map { "\($0.value) found \(names[$0.key] ?? "by the \($0.key) import")" }
        let counted = "\(entries.count) conversation\(entries.count == 1 ? "" : "s") \(what)"
        guard !parts.isEmpty else { return counted + (entries.count == 1 ? ", typed." : ", all typed.") }
        if let typed = byOrigin[""] { parts.append("\(typed) typed") }
        return counted + ": " + parts.joined(separator: ", ") + "."
    }

    static func neverTouched(_ report: ConversationReport) -> String? {
        report.neverTouched.isEmpty ? nil : "Never in touch yet: \(report.neverTouched.count) contact\(report.neverTouched.count == 1 ? "" : "s")."
    }

    /// What a conversation followed, in words: `Pricing for founders (named)`, `A or B (unclear)`.
    static func followed(_ entry: ConversationEntry) -> String {
        switch entry.basis {
        case .named: return "\(entry.articles[0].title) (the reply names it)"
        case .window: return entry.articles[0].title
        case .unclear: return entry.articles.map(\.title).joined(separator: " or ") + " (unclear which)"
        case .none: return entry.reason ?? ""
        }
    }

    /// How every number is counted, as term and definition.
    static func definitions(_ report: ConversationReport) -> [(term: String, definition: String)] {
        let window = report.windowDays
        return [
            ("Period", "Rows dated from the first day through the last count. A conversation that follows a share of the period counts up to the as-of day, so the last days of a month still show what they led to."),
            ("Conversation", "A reply or a meeting. A reply that names an article counts for that article's latest earlier share to the same person, however long after. An unnamed reply, or a meeting, counts for the one share to that person it comes within \(window) days after (day \(window) in, day \(window + 1) out)."),
            ("Unclear", "An unnamed reply or meeting that comes within \(window) days of two or more shares to the same person: which one it answered is unclear, so those shares are left out of the rates (neither a success nor a failure)."),
            ("Rate", "Shares followed by a conversation ÷ shares, not counting unclear ones. A share followed by several conversations counts once."),
            ("Gives and asks", "Gives are articles shared, introductions (a give to both people) and help; asks are favours asked. Digest messages went to a whole segment: they are counted apart and not in the give : ask ratio or the give-first list."),
            ("Before the first ask", "Each contact asked something in this period, with the personal gives they had before their first ask ever; flagged when the first ask came before anything was given."),
            ("Effective segments and evenness", "Each row of the period counts for its contact's segments (half each for a contact in two; an introduction counts for both people). With p each segment's share, the effective number is exp(−Σ p ln p) and the evenness is that entropy ÷ ln of the segments declared: 0 when everything goes to one circle, 1 when it is spread evenly."),
            ("Top 10%", "The share of the period's activity that went to the most active tenth of the contacts you were in touch with (rounded up, at least one)."),
            ("Stay in touch", "Contacts whose days since the last touch exceed their cadence (the contact's cadence_days, else the shortest of their segments', else 30). A touch is a give or something from them; an ask alone is not one."),
            ("Left out", "Rows that goodwill check rejects (a share or reply naming an article that is not published: an unknown slug or a draft) count for nothing here."),
            ("Clicks", "A request for an article's URL in the period, answered 2xx to a GET, not from a bot or link preview, not a mail scanner (one link token opening two articles within 10 seconds), and not a repeat of the same token and article within 8 hours."),
        ]
    }
}
