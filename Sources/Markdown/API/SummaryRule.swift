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
        // Lazily: each paragraph's plain text is made only if it is looked at.
        var texts = paragraphs.lazy.filter { !$0.isEmpty }.prefix(6).makeIterator()
        guard var chosen = texts.next() else { return nil }
        var next = texts.next()
        while let following = next, isGreeting(chosen) {
            chosen = following
            next = texts.next()
        }
        // The first paragraph that is not a label, else the first after the greetings.
        let first = chosen
        while isLabel(chosen), let candidate = next {
            chosen = candidate
            next = texts.next()
        }
        if isLabel(chosen) { return first }
        if chosen.count < shortParagraph, let following = next, !isLabel(following) { chosen += " " + following }
        return chosen
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

    /// `text` at most `maximumWords` words long. One pass over its bytes finds where the 60th
    /// word ends and the last sentence end before it; the text is cut there, not re-joined.
    public static func capped(_ text: String) -> String {
        let utf8 = text.utf8
        var words = 0, inWord = false
        var wordEnd = utf8.startIndex           // just after the last word counted
        var sentenceEnd: String.Index?          // just after the last word ending a sentence
        var sentenceWords = 0
        var previous: UInt8 = 0
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x20 || byte == 0x0A || byte == 0x09 {
                if inWord {
                    inWord = false
                    wordEnd = index
                    if isSentenceEnd(previous, before: index, in: utf8) { sentenceEnd = index; sentenceWords = words }
                }
            } else if !inWord {
                inWord = true
                words += 1
                if words > maximumWords { break }
            }
            previous = byte
            index = utf8.index(after: index)
        }
        guard words > maximumWords else { return text }
        if let sentenceEnd, sentenceWords >= minimumSentenceWords {
            return String(text[..<sentenceEnd]).split(whereSeparator: { $0 == "\n" || $0 == "\t" }).joined(separator: " ")
        }
        var cut = String(text[..<wordEnd]).split(whereSeparator: { $0 == "\n" || $0 == "\t" }).joined(separator: " ")
        while let last = cut.last, ",;:–—-".contains(last) { cut.removeLast() }
        return cut + "…"
    }

    /// Whether the word that ends before `end` ends a sentence: `.`, `!`, `?`, or `…` (E2 80 A6).
    private static func isSentenceEnd(_ last: UInt8, before end: String.Index, in utf8: String.UTF8View) -> Bool {
        if last == 0x2E || last == 0x21 || last == 0x3F { return true }
        guard last == 0xA6, utf8.distance(from: utf8.startIndex, to: end) >= 3 else { return false }
        let start = utf8.index(end, offsetBy: -3)
        return utf8[start] == 0xE2 && utf8[utf8.index(after: start)] == 0x80
    }

    /// Whether `text` has more than `limit` words, counted on its bytes and stopping early:
    /// most summaries are a sentence or two, and the list pages ask for every article's.
    static func hasMoreWords(than limit: Int, _ text: String) -> Bool {
        var words = 0, inWord = false
        for byte in text.utf8 {
            if byte == 0x20 || byte == 0x0A || byte == 0x09 {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                if words > limit { return true }
            }
        }
        return false
    }
}
