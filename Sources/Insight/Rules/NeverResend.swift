/// Never suggest an article a contact already has: one shared row for that article, on any
/// channel (LinkedIn, email, a digest), means it was given.
struct NeverResend {
    let index: ActivityIndex

    /// `article` is a position in the index's published articles.
    func wasSent(_ article: Int, toContactAt position: Int) -> Bool {
        index.sent[position].contains(Int32(article))
    }
}
