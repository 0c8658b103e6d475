import Core
import Markdown

/// The heading ids of every rendered page, and what a link's `#fragment` finds there: the one
/// rule `goodwill build` (which warns) and `goodwill check` (which also fails on missing
/// anchors) share.
struct HeadingAnchors {
    enum Found: Equatable {
        /// The fragment is a heading's id, or the link is not to a heading.
        case heading
        /// Another generator's spelling of a heading's id (`relink-don-t-rebuild` for
        /// `relink-dont-rebuild`): the heading answers to it, but the link should say `id`.
        case otherSpelling(id: String)
        /// No heading of the target page has that id; `ids` are the ones it has.
        case missing(ids: [String])
    }

    private let ids: [String: Set<String>]
    private let alternates: [String: [String: String]]

    init(_ rendered: [RenderedDocument]) {
        ids = Dictionary(rendered.map { ($0.document.contentPath, Set($0.headings.map(\.id))) },
                         uniquingKeysWith: { first, _ in first })
        alternates = Dictionary(rendered.map { document in
            (document.document.contentPath,
             Dictionary(document.headings.compactMap { h in h.alternateID.map { ($0, h.id) } }, uniquingKeysWith: { a, _ in a }))
        }, uniquingKeysWith: { first, _ in first })
    }

    func find(_ link: CheckedLink) -> Found {
        guard let target = link.target, let fragment = link.fragment, !fragment.isEmpty,
              let pageIDs = ids[target] else { return .heading }
        if let id = alternates[target]?[fragment] { return .otherSpelling(id: id) }
        return pageIDs.contains(fragment) ? .heading : .missing(ids: pageIDs.sorted())
    }

    /// A warning for every link that uses another generator's spelling of an id.
    func otherSpellingWarnings(_ rendered: [RenderedDocument]) -> [Diagnostic] {
        rendered.flatMap { document in
            document.links.compactMap { checked -> Diagnostic? in
                guard case .otherSpelling(let id) = find(checked), let fragment = checked.fragment else { return nil }
                return Diagnostic(file: document.document.sourcePath, line: checked.link.line, column: checked.link.column,
                                  message: "link to #\(fragment): the heading's id is #\(id) (#\(fragment) is how other generators spell it)",
                                  hint: "it works, since the heading answers to both; write #\(id) to be sure", severity: .warning)
            }
        }
    }
}
