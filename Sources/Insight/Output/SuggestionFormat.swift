import Core

/// The ways `goodwill suggest` prints its plan: an aligned table for the terminal, Markdown to
/// paste, CSV and JSON for scripts. Each only formats the plan's values.
public enum SuggestionFormat: String, CaseIterable, Sendable {
    case table, md, csv, json

    public func render(_ plan: SuggestionPlan) -> String {
        switch self {
        case .table: return SuggestionTable.text(plan)
        case .md: return SuggestionMarkdown.text(plan)
        case .csv: return SuggestionCSV.text(plan)
        case .json: return SuggestionJSON.text(plan)
        }
    }
}

/// The plan's sentences, for every format.
enum SuggestionWords {
    static func coldLeft(_ plan: SuggestionPlan) -> String? {
        guard plan.coldContactsLeft > 0 else { return nil }
        return "\(plan.coldContactsLeft) more cold contact\(plan.coldContactsLeft == 1 ? "" : "s") (never in touch yet) could get an article: --cold N lists up to N of them."
    }
}

enum SuggestionTable {
    static func text(_ plan: SuggestionPlan) -> String {
        if let reason = plan.nothingBecause {
            return "Nothing to suggest yet, because \(reason).\n" + (plan.noIntroductionsBecause.map { "No introduction either, because \($0).\n" } ?? "")
        }
        var out = "Suggestions as of \(plan.asOf.text)\n\n"
        if let sources = plan.sources.sentence { out += "From \(plan.sources.total) ledger rows: \(sources).\n\n" }
        if let leftOut = LeftOutRows.sentence(plan.leftOutRows) { out += "\(leftOut)\n\n" }
        if plan.suggestions.isEmpty {
            out += "No article to give, because \(plan.noSuggestionsBecause ?? "nothing fits").\n"
        } else {
            var rows = [["#", "CONTACT", "ARTICLE", "SCORE", "WHY"]]
            for (rank, suggestion) in plan.suggestions.enumerated() {
                rows.append(["\(rank + 1)", suggestion.displayName, suggestion.article, String(format: "%.2f", suggestion.score.total),
                             suggestion.reasons.joined(separator: " · ")])
            }
            out += TerminalWidth.table(rows) + "\n"
            if let cold = SuggestionWords.coldLeft(plan) { out += "\n\(cold)\n" }
            out += "\nOnce sent, record each:\n"
            for (rank, suggestion) in plan.suggestions.enumerated() { out += "  \(rank + 1). \(suggestion.log)\n" }
        }
        if !plan.introductions.isEmpty {
            var rows = [["#", "INTRODUCE", "TO", "WORTH", "WHY"]]
            for (rank, intro) in plan.introductions.enumerated() {
                rows.append(["\(rank + 1)", intro.names[0], intro.names[1], "\(intro.worth)", intro.reasons.joined(separator: " · ")])
            }
            out += "\nIntroductions to make\n\n" + TerminalWidth.table(rows) + "\n\nOnce made, record each:\n"
            for (rank, intro) in plan.introductions.enumerated() { out += "  \(rank + 1). \(intro.log)\n" }
        } else if let why = plan.noIntroductionsBecause {
            out += "\nNo introduction to make, because \(why).\n"
        }
        out += "\nMessages: goodwill suggest --format md\n"
        return out
    }
}

enum SuggestionMarkdown {
    static func text(_ plan: SuggestionPlan) -> String {
        var out = "# Suggestions as of \(plan.asOf.text)\n\n"
        if let reason = plan.nothingBecause {
            return out + "Nothing to suggest yet, because \(markdown(reason)).\n" + (plan.noIntroductionsBecause.map { "\nNo introduction either, because \(markdown($0)).\n" } ?? "")
        }
        if let sources = plan.sources.sentence { out += "From \(plan.sources.total) ledger rows: \(sources).\n\n" }
        if let leftOut = LeftOutRows.sentence(plan.leftOutRows) { out += "\(markdown(leftOut))\n\n" }
        if plan.suggestions.isEmpty, let why = plan.noSuggestionsBecause { out += "No article to give, because \(markdown(why)).\n\n" }
        for (rank, suggestion) in plan.suggestions.enumerated() {
            out += "## \(rank + 1). \(markdown(suggestion.displayName)): \(markdown(suggestion.title))\n\n"
            out += suggestion.reasons.map { "- \(markdown($0))\n" }.joined()
            out += "- score \(String(format: "%.2f", suggestion.score.total)), via \(suggestion.via)\n\n"
            if !suggestion.message.isEmpty { out += quoted(suggestion.message) + "\n\n" }
            out += "Once sent: `\(suggestion.log)`\n\n"
        }
        if let cold = SuggestionWords.coldLeft(plan) { out += "\(markdown(cold))\n\n" }
        if !plan.introductions.isEmpty {
            out += "## Introductions to make\n\n"
            for (rank, intro) in plan.introductions.enumerated() {
                out += "### \(rank + 1). \(markdown(intro.names[0])) and \(markdown(intro.names[1]))\n\n"
                out += intro.reasons.map { "- \(markdown($0))\n" }.joined() + "\n"
                if !intro.message.isEmpty { out += quoted(intro.message) + "\n\n" }
                out += "Once made: `\(intro.log)`\n\n"
            }
        } else if let why = plan.noIntroductionsBecause {
            out += "No introduction to make, because \(markdown(why)).\n"
        }
        return out
    }

    /// A ready message as a Markdown quote, line by line.
    static func quoted(_ message: String) -> String {
        message.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? ">" : "> \($0)" }.joined(separator: "\n")
    }

    /// Names and titles as text in Markdown: on one line (a line break ends a table row), the
    /// characters that would start markup escaped (`|` ends a cell), and a leading formula
    /// character neutralised for spreadsheets that import Markdown tables.
    static func markdown(_ text: String) -> String {
        var out = ""
        for character in CSVCell.safe(OneLine.clean(text)) {
            if "\\`*_[]<>|#".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}

enum SuggestionCSV {
    static let header = ["kind", "rank", "contact", "name", "other_contact", "other_name", "article", "title", "score", "reasons",
                         "via", "url", "message", "log"]

    static func text(_ plan: SuggestionPlan) -> String {
        var out = CSVCell.row(header)
        for (rank, s) in plan.suggestions.enumerated() {
            out += CSVCell.row(["suggestion", "\(rank + 1)", s.contact, s.displayName, "", "", s.article, s.title,
                                String(format: "%.3f", s.score.total), s.reasons.joined(separator: " · "), s.via.text, s.url, s.message, s.log])
        }
        for (rank, intro) in plan.introductions.enumerated() {
            out += CSVCell.row(["introduction", "\(rank + 1)", intro.contacts[0], intro.names[0], intro.contacts[1], intro.names[1],
                                "", "", "\(intro.worth)", intro.reasons.joined(separator: " · "), "", "", intro.message, intro.log])
        }
        return out
    }
}

enum SuggestionJSON {
    static func text(_ plan: SuggestionPlan) -> String {
        var members: [(String, JSON)] = [("as_of", .string(plan.asOf.text))]
        members.append(("suggestions", .array(plan.suggestions.map { s in
            .object([
                ("contact", .string(s.contact)), ("name", .string(s.name)), ("company", s.company.map(JSON.string) ?? .null),
                ("article", .string(s.article)), ("title", .string(s.title)),
                ("segment", s.segment.map(JSON.string) ?? .null), ("cold", .bool(s.isCold)),
                ("score", .number(s.score.total)),
                ("score_parts", .object([
                    ("give_first", .number(s.score.giveFirst)), ("overdue", .number(s.score.overdue)), ("warmth", .number(s.score.warmth)),
                    ("fit", .number(s.score.fit)),
                    ("conversation", .number(s.score.conversation)), ("freshness", .number(s.score.freshness)),
                ])),
                ("reasons", .array(s.reasons.map(JSON.string))), ("via", .string(s.via.text)),
                ("message", .string(s.message)), ("url", .string(s.url)), ("log", .string(s.log)),
            ])
        })))
        members.append(("introductions", .array(plan.introductions.map { intro in
            .object([("contacts", .array(intro.contacts.map(JSON.string))), ("names", .array(intro.names.map(JSON.string))),
                     ("worth", .int(intro.worth)), ("reasons", .array(intro.reasons.map(JSON.string))), ("message", .string(intro.message)),
                     ("log", .string(intro.log))])
        })))
        members.append(("nothing_because", plan.nothingBecause.map(JSON.string) ?? .null))
        members.append(("no_suggestions_because", plan.noSuggestionsBecause.map(JSON.string) ?? .null))
        members.append(("no_introductions_because", plan.noIntroductionsBecause.map(JSON.string) ?? .null))
        members.append(("cold_contacts_left", .int(plan.coldContactsLeft)))
        members.append(("left_out_rows", .int(plan.leftOutRows)))
        members.append(("sources", .object([("typed", .int(plan.sources.typed)),
                                            ("imported", .object(plan.sources.imported.sorted { $0.key < $1.key }.map { ($0.key, JSON.int($0.value)) }))])))
        return JSON.object(members).text
    }
}
