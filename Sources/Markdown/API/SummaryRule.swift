/// How an article is summed up when its front matter does not say (`summary`, or Zola's
/// `description`): the meta description, `og:description`, the feed's summary, list pages and
/// the share text all use it. Written once, here.
///
/// - A short opening paragraph that greets ("Hello everyone!", "Greetings Rustaceans!", "Hi
///   all,") is a greeting, not a summary: it is skipped.
/// - Of the first paragraphs, the first that is not a label (one ending in `,` or `:`, or under
///   50 characters without a sentence end) is the summary; when it is under 100 characters the
///   next paragraph is added, so a one-line opening does not stand alone.
/// - The text before `<!-- more -->` is the author's choice and is kept, but like every
///   automatic summary it is capped at 60 words, at a sentence end when one keeps 20 words or
///   more, else at a word with an ellipsis: an early marker must not put 700 words on a list page.
public enum SummaryRule {
    static let shortParagraph = 100
    static let labelLength = 50
    public static let maximumWords = 60
    static let minimumSentenceWords = 20
    static let greetings: Set<String> = ["hello", "hi", "hey", "greetings", "dear", "welcome", "howdy", "hallo", "bonjour", "hola",
                                         "ciao", "salut", "hej", "hiya", "yo", "ahoy"]

    /// The summary from the plain text of the first paragraphs (empty ones ignored).
    public static func fromParagraphs<Texts: Sequence>(_ paragraphs: Texts) -> String? where Texts.Element == String {
        var candidates = Array(paragraphs.lazy.filter { !$0.isEmpty }.prefix(6))
        while let first = candidates.first, candidates.count > 1, isGreeting(first) { candidates.removeFirst() }
        guard !candidates.isEmpty else { return nil }
        let chosen = candidates.firstIndex { !isLabel($0) } ?? 0
        var text = candidates[chosen]
        if text.count < shortParagraph, chosen + 1 < candidates.count, !isLabel(candidates[chosen + 1]) {
            text += " " + candidates[chosen + 1]
        }
        return text
    }

    /// A short paragraph that opens with a greeting word.
    public static func isGreeting(_ text: String) -> Bool {
        guard text.count < shortParagraph else { return false }
        let words = text.lowercased().split { !$0.isLetter }
        guard let first = words.first else { return false }
        if greetings.contains(String(first)) { return true }
        return first == "good" && words.count > 1 && ["morning", "afternoon", "evening", "day"].contains(String(words[1]))
    }

    static func isLabel(_ text: String) -> Bool {
        guard let last = text.last else { return true }
        return last == "," || last == ":" || (text.count < labelLength && !".!?…”\")".contains(last))
    }

    /// `text` at most `maximumWords` words long.
    public static func capped(_ text: String) -> String {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
        guard words.count > maximumWords else { return text }
        let kept = words.prefix(maximumWords)
        if let end = kept.lastIndex(where: { word in word.last.map { ".!?…".contains($0) } ?? false }),
           end - kept.startIndex + 1 >= minimumSentenceWords {
            return kept[...end].joined(separator: " ")
        }
        var cut = kept.joined(separator: " ")
        while let last = cut.last, ",;:–—-".contains(last) { cut.removeLast() }
        return cut + "…"
    }
}
