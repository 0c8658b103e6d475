import Core
import Mustache

/// `site`: what every template knows of the site, the same on every page, so made once.
struct SiteView: TemplateView {
    let title: String
    let baseURL: String
    let language: String
    let description: String?
    let homeURL: String
    let segmentsURL: String
    let tagsURL: String
    let archiveURL: String
    let feedURL: String
    let hasTags: Bool
    let author: AuthorView
    let segments: [SegmentView]
    /// goodwill.yml's `extra:`, as written.
    let extra: FrontMatterNode?
    /// The search page and Pagefind's folder, when the build indexes the site (`search:`).
    var searchURL: String? = nil
    var searchBundleURL: String? = nil

    static let generator = "Goodwill"
    static let keys = ["title", "base_url", "language", "description", "home_url", "segments_url", "tags_url", "archive_url",
                       "feed_url", "has_tags", "author", "segments", "has_segments", "generator", "extra",
                       "has_search", "search_url", "search_bundle_url"]

    func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "base_url": return baseURL
        case "language": return language
        case "description": return description
        case "home_url": return homeURL
        case "segments_url": return segmentsURL
        case "tags_url": return tagsURL
        case "archive_url": return archiveURL
        case "feed_url": return feedURL
        case "has_tags": return hasTags
        case "author": return author
        case "segments": return segments
        case "has_segments": return !segments.isEmpty
        case "generator": return Self.generator
        case "extra": return extra.map(TemplateContext.plain)
        case "has_search": return searchURL != nil
        case "search_url": return searchURL
        case "search_bundle_url": return searchBundleURL
        default: return nil
        }
    }
}

/// `site.author`: goodwill.yml's `author`.
struct AuthorView: TemplateView {
    let name: String
    let email: String?
    let url: String?
    let bio: String?

    static let keys = ["name", "email", "url", "bio"]

    func child(named key: String) -> Any? {
        switch key {
        case "name": return name
        case "email": return email
        case "url": return url
        case "bio": return bio
        default: return nil
        }
    }
}

/// A declared segment as every template shows it: in `site.segments`, an article's `segments`,
/// a hub's `list.segment`, `more_for`'s `segment`.
struct SegmentView: TemplateView {
    let slug: String
    let title: String
    let description: String?
    let url: String
    let feedURL: String
    let articleCount: Int

    static let keys = ["slug", "title", "description", "url", "feed_url", "article_count", "article_count_text"]

    func child(named name: String) -> Any? {
        switch name {
        case "slug": return slug
        case "title": return title
        case "description": return description
        case "url": return url
        case "feed_url": return feedURL
        case "article_count": return articleCount
        // "1 article", "3 articles": Mustache has no plural, and "1 articles" is what a card said.
        case "article_count_text": return articleCount == 1 ? "1 article" : "\(articleCount.grouped) articles"
        default: return nil
        }
    }
}
