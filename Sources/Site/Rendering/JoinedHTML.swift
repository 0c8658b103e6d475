import Mustache

/// Fragments rendered already (each article's card) that a template places as one value:
/// `{{{cards_html}}}` is one Mustache lookup where a `{{#articles}}{{{card_html}}}{{/articles}}`
/// loop is one per card, and they are joined only when a template asks for them.
struct JoinedHTML: MustacheCustomRenderable {
    var parts: [String]
    var renderText: String { parts.joined() }
    var isNull: Bool { parts.isEmpty }
}
