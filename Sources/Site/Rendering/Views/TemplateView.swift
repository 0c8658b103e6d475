import Mustache

/// A value templates read by name, typed: one struct per template family, each naming its keys
/// (`keys`, which docs/themes.md is checked against both ways). swift-mustache asks `child(named:)`
/// for each name; an absent optional is no value at all, so `{{#x}}…{{/x}}` renders only when
/// there is one, as with the dictionaries these replace.
public protocol TemplateView: MustacheParent, Sendable {
    /// Every name `child(named:)` answers, in the order the doc lists them.
    static var keys: [String] { get }
}
