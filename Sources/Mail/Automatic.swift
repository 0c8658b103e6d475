/// Mail no person wrote, which is never a conversation: auto-replies (RFC 3834's
/// `Auto-Submitted` other than `no`, `X-Autoreply`, `X-Autorespond`, `Precedence: auto_reply`,
/// subjects that say so), bounces (a delivery-status report, `Return-Path: <>`, a mailer daemon)
/// and list or bulk mail (`List-Id`, `List-Unsubscribe`, `Precedence: list|bulk|junk`, a
/// no-reply sender). `X-Auto-Response-Suppress` asks others not to auto-reply — Exchange sets
/// it on mail people write — so it marks nothing.
enum Automatic {
    static let subjects = ["automatic reply:", "auto reply:", "autoreply:", "out of office", "abwesenheitsnotiz", "réponse automatique"]

    static func reason(header: (String) -> String?, from: MailAddress?, subject: String, reportType: String?) -> String? {
        if let auto = header("Auto-Submitted")?.trimmed.lowercased(), !auto.isEmpty, !auto.hasPrefix("no") { return "an auto-reply (Auto-Submitted: \(auto))" }
        if header("X-Autoreply") != nil || header("X-Autorespond") != nil { return "an auto-reply" }
        let precedence = header("Precedence")?.trimmed.lowercased() ?? ""
        if precedence == "auto_reply" { return "an auto-reply" }
        if reportType?.lowercased() == "delivery-status" { return "a bounce" }
        if header("Return-Path")?.trimmed == "<>" { return "a bounce" }
        let sender = from?.address ?? ""
        if sender.hasPrefix("mailer-daemon@") || sender.hasPrefix("postmaster@") { return "a bounce" }
        if header("List-Id") != nil || header("List-Unsubscribe") != nil { return "list mail" }
        if ["list", "bulk", "junk"].contains(precedence) { return "bulk mail" }
        let local = sender.split(separator: "@").first.map(String.init) ?? ""
        if local.hasPrefix("noreply") || local.hasPrefix("no-reply") || local.hasPrefix("donotreply") || local.hasPrefix("do-not-reply") {
            return "from a no-reply address"
        }
        let lowered = subject.lowercased()
        if subjects.contains(where: lowered.hasPrefix) { return "an auto-reply (its subject)" }
        return nil
    }
}
