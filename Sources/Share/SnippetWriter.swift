/// Writes the snippet for each platform: the author's own text when front matter has one,
/// otherwise text made from the title, summary and tags, shortened to fit.
public enum SnippetWriter {
    /// Hashtags per post, at most: more reads as spam on every platform.
    static let hashtagLimit = 3

    /// Every platform's snippet for `source`; a custom text over its limit is an error.
    public static func snippets(for source: ShareSource, contactToken: String? = nil) throws(ShareTextTooLong) -> [ShareSnippet] {
        var snippets: [ShareSnippet] = []
        snippets.reserveCapacity(Platform.allCases.count)
        for platform in Platform.allCases {
            snippets.append(try snippet(for: source, on: platform, contactToken: contactToken))
        }
        return snippets
    }

    public static func snippet(for source: ShareSource, on platform: Platform, contactToken: String? = nil) throws(ShareTextTooLong) -> ShareSnippet {
        let url = source.link.url(for: platform, contactToken: contactToken)
        if let custom = source.custom[platform] {
            let text = custom.text.trimmingCharacters(in: .whitespacesAndNewlines) + "\n\n" + url
            let length = platform.count(text)
            guard length <= platform.limit else {
                throw ShareTextTooLong(file: source.file, line: custom.line, column: custom.column,
                                       platform: platform, limit: platform.limit, length: length)
            }
            return ShareSnippet(platform: platform, text: text, subject: subject(source, platform), url: url,
                                length: length, limit: platform.limit, isCustom: true)
        }
        let (text, length) = generated(source, on: platform, url: url)
        assert(length == nil || length == platform.count(text), "a snippet's count from its parts differs from counting it whole")
        return ShareSnippet(platform: platform, text: text, subject: subject(source, platform), url: url,
                            length: length ?? platform.count(text), limit: platform.limit, isCustom: false)
    }

    static func subject(_ source: ShareSource, _ platform: Platform) -> String? {
        guard platform == .email else { return nil }
        return TextShortener.shorten(source.title) { TextLength.utf16($0) <= Platform.emailSubjectLimit }
    }

    /// One platform's text from its parts; `tags` are the hashtags joined by spaces, joined once
    /// by the caller, as each platform's search composes its text with the same ones more than once.
    static func layout(_ platform: Platform, title: String, summary: String, url: String, tags: String) -> String {
        // Parts joined by a separator, empty ones left out; built in one string (arrays joined
        // per call showed in profiles: every article composes each platform's text twice).
        var text = ""
        text.reserveCapacity(title.utf8.count + summary.utf8.count + url.utf8.count + tags.utf8.count + 40)
        func add(_ part: String, separator: String) {
            guard !part.isEmpty else { return }
            if !text.isEmpty { text += separator }
            text += part
        }
        switch platform {
        case .x:
            add(title, separator: " ")
            if !summary.isEmpty { text += " — " + summary }
            add(url, separator: " ")
            add(tags, separator: " ")
        case .email:
            text = "Hi,"
            add(summary, separator: "\n\n")
            add("Read it here: " + url, separator: "\n\n")
        default:
            add(title, separator: "\n\n")
            add(summary, separator: "\n\n")
            add(url, separator: "\n\n")
            add(tags, separator: "\n\n")
        }
        return text
    }

    /// The generated layout of each platform, and its count when the parts' counts gave it
    /// (`SnippetCount.isAdditive`). The summary gives way first, then hashtags, then the title;
    /// the link is never shortened.
    static func generated(_ source: ShareSource, on platform: Platform, url: String) -> (text: String, count: Int?) {
        let limit = platform.generatedLimit
        // How many hashtags the text has: at most three, two on X, none in an email.
        var hashtags = platform.usesHashtags ? min(source.hashtagCount, platform == .x ? 2 : hashtagLimit) : 0
        var title = source.title
        if platform == .linkedin {
            // Only the first ~210 characters show before "see more": the hook is the title alone.
            title = TextShortener.shorten(title) { TextLength.utf16($0) <= Platform.linkedInHookLength }
        }
        var tags = source.hashtagLines[hashtags]
        func compose(_ title: String, _ summary: String, _ tags: String) -> String {
            layout(platform, title: title, summary: summary, url: url, tags: tags)
        }
        let fits = { (text: String) in platform.count(text) <= limit }
        while true {
            let withoutSummary = platform.count(compose(title, "", tags))
            if withoutSummary <= limit {
                // The summary's place costs its separator and itself: each candidate is counted
                // alone, not composed and counted whole (most of the share kit's time at 10,000
                // articles), where that gives the same count (`SnippetCount.isAdditive`).
                let separator = platform.summarySeparatorCount
                if let cuts = source.summaryCuts, SnippetCount.isAdditive(source.summary, after: title, on: platform) {
                    let summary = cuts.longest(within: limit - withoutSummary - separator, on: platform)
                    // Counted from its parts, not again whole (six counts of every article).
                    let count = summary.text.isEmpty ? withoutSummary : withoutSummary + separator + summary.count
                    return (compose(title, summary.text, tags), count)
                }
                let summary = TextShortener.shorten(source.summary) { candidate in
                    guard SnippetCount.isAdditive(candidate, after: title, on: platform) else { return fits(compose(title, candidate, tags)) }
                    return withoutSummary + separator + platform.count(candidate) <= limit
                }
                return (compose(title, summary, tags), nil)
            }
            if hashtags > 0 {
                hashtags -= 1
                tags = source.hashtagLines[hashtags]
                continue
            }
            let shortTitle = TextShortener.shorten(title) { fits(compose($0, "", "")) }
            return (compose(shortTitle, "", ""), nil)
        }
    }
}

/// When a snippet's count is the sum of its parts' counts. Parts are joined by "\n\n" (a line
/// break ends a grapheme on both sides, except CR before LF) or, on X, by " — " and " " (a space
/// joins nothing after it; what follows it must not be a combining mark, a joiner or anything
/// NFC could compose with it, so the first and last scalars must be `TextLength.isSimple`).
/// URL detection gives the same pieces either way: every part starts after whitespace and ends
/// before it. Where this says no, the caller composes and counts the whole text.
enum SnippetCount {
    static func isAdditive(_ summary: String, after title: String, on platform: Platform) -> Bool {
        guard let first = summary.unicodeScalars.first, let last = summary.unicodeScalars.last else { return true }
        // On X an empty title leaves the summary's " — " with a joiner of its own: count the whole.
        if platform == .x { return !title.isEmpty && TextLength.isSimple(first) && TextLength.isSimple(last) }
        return last != "\r" && title.unicodeScalars.last != "\r"
    }
}
