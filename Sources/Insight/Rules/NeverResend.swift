/// Never suggest an article a contact already has: one shared row for that article, on any
/// channel (LinkedIn, email, a digest), means it was given.
struct NeverResend {
    let index: ActivityIndex

    func wasSent(_ slug: String, toContactAt position: Int) -> Bool {
        index.sent[position].contains(slug)
    }
}
