/// What `goodwill digest` says about a plan, in lines for the terminal.
public enum DigestSummary {
    public static func dryRun(_ plan: DigestPlan) -> String {
        var out = "Digest for \(plan.segment.title) as of \(plan.asOf.text): articles since \(plan.since.text) (\(plan.sinceBecause))\n\n"
        if plan.recipients.isEmpty { out += "No message to write.\n" }
        for recipient in plan.recipients {
            out += "\(recipient.contact.name) <\(recipient.contact.email)>: " + recipient.articles.map(\.slug).joined(separator: ", ")
                + " (\(recipient.consent))\n"
        }
        if !plan.skipped.isEmpty { out += "\n" + skipped(plan.skipped) + "\n" }
        return out
    }

    /// `Skipped 3: 2 with no email address (…), 1 has every new article already (…)`.
    public static func skipped(_ skipped: [DigestPlan.Skipped]) -> String {
        var byReason: [String: [String]] = [:]
        for entry in skipped { byReason[entry.reason, default: []].append(entry.contact) }
        let parts = byReason.keys.sorted().map { reason -> String in
            let ids = byReason[reason]!
            let shown = ids.prefix(5).joined(separator: ", ") + (ids.count > 5 ? ", …" : "")
            return "\(ids.count) with \(reason) (\(shown))"
        }
        return "Skipped \(skipped.count): " + parts.joined(separator: "; ")
    }
}
