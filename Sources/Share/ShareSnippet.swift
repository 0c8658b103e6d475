/// Text ready to paste on one platform, with its length as that platform counts it.
public struct ShareSnippet: Sendable, Equatable, Codable {
    public var platform: Platform
    /// The post, or for email the body.
    public var text: String
    /// Email only.
    public var subject: String?
    /// The tracked link inside `text`.
    public var url: String
    public var length: Int
    public var limit: Int
    /// Written by the author in front matter rather than generated.
    public var isCustom: Bool

    enum CodingKeys: String, CodingKey {
        case platform, text, subject, url, length, limit
        case isCustom = "is_custom"
    }
}
