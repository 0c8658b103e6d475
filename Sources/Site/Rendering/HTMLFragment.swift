import Mustache

/// HTML made already (the menu, the footer, a share page's snippets) as a template value. A
/// plain String value takes swift-mustache through a chain of failed protocol casts before it
/// is printed, on every page; this is printed by the first cast tried (`MustacheCustomRenderable`).
/// It reads as its text everywhere a String would: `{{{x}}}`, `{{x}}` (escaped), `{{#x}}…{{.}}…{{/x}}`
/// and the String transforms (`{{uppercased(x)}}`).
public struct HTMLFragment: MustacheCustomRenderable, MustacheTransformable, Sendable {
    public let renderText: String

    public init(_ html: String) {
        renderText = html
    }

    public var isNull: Bool { false }

    public func transform(_ name: String) -> Any? {
        renderText.transform(name)
    }
}
