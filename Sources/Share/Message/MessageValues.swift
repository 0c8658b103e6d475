import Site

/// What `templates/message.mustache` sees (docs/share.md lists it). `summary`, `for_whom` and
/// `title` are what `PersonalMessage.write` gives way on when the text is over its channel's limit.
struct MessageValues: TemplateView {
    var firstName: String
    var name: String
    var title: String
    var summary: String?
    var forWhom: String?
    var url: String
    var authorName: String
    var authorFirstName: String
    var channel: String
    var byEmail: Bool

    static let keys = ["first_name", "name", "for_whom", "title", "summary", "url", "author_first_name", "author_name",
                       "channel", "by_email"]

    func child(named key: String) -> Any? {
        switch key {
        case "first_name": return firstName
        case "name": return name
        case "for_whom": return forWhom
        case "title": return title
        case "summary": return summary
        case "url": return url
        case "author_first_name": return authorFirstName
        case "author_name": return authorName
        case "channel": return channel
        case "by_email": return byEmail
        default: return nil
        }
    }
}
