/// The raw HTML an article may carry when `unsafe_html` is off: elements that structure or mark
/// up text and cannot run code, fetch a frame or restyle the page. Everything else is left out
/// with the build's warning. One table, so a reviewer reads the whole policy in one place.
enum HTMLAllowList {
    /// Attributes every allowed element may keep.
    static let globalAttributes: Set<String> = ["title", "lang", "dir", "class", "id"]

    /// Allowed elements and the attributes each adds to the global ones.
    static let elements: [String: Set<String>] = [
        // Disclosure, the most common pasted block.
        "details": ["open"], "summary": [],
        // Tables written as HTML (merged cells, captions).
        "table": [], "caption": [], "thead": [], "tbody": [], "tfoot": [], "tr": [],
        "th": ["colspan", "rowspan", "scope", "headers", "abbr"], "td": ["colspan", "rowspan", "headers"],
        "colgroup": ["span"], "col": ["span"],
        // Text-level markup Markdown has no syntax for.
        "br": [], "wbr": [], "hr": [], "sup": [], "sub": [], "kbd": [], "samp": [], "var": [], "abbr": [],
        "mark": [], "small": [], "s": [], "u": [], "del": ["cite", "datetime"], "ins": ["cite", "datetime"],
        "time": ["datetime"], "dfn": [], "cite": [], "q": ["cite"], "bdi": [], "bdo": [],
        "ruby": [], "rt": [], "rp": [],
        "em": [], "strong": [], "b": [], "i": [], "code": [], "pre": [],
        "a": ["href", "hreflang", "rel"],
        "img": ["src", "alt", "width", "height", "loading", "decoding"],
        // Grouping.
        "div": [], "span": [], "p": [], "blockquote": ["cite"], "figure": [], "figcaption": [],
        "ul": [], "ol": ["start", "reversed", "type"], "li": ["value"], "dl": [], "dt": [], "dd": [],
        "h2": [], "h3": [], "h4": [], "h5": [], "h6": [],
    ]

    /// Elements written without an end tag.
    static let voidElements: Set<String> = ["br", "wbr", "hr", "img", "col"]

    /// Elements whose content is code, a frame or an embedded document: left out with what they hold.
    static let droppedWithContent: Set<String> = [
        "script", "style", "iframe", "object", "embed", "noscript", "noembed", "noframes", "frameset", "frame",
        "textarea", "title", "template", "xmp", "plaintext", "svg", "math", "select", "applet", "head",
    ]

    /// Attributes that hold a URL: kept only when it leads to a web page, a mail address or this site.
    static let urlAttributes: Set<String> = ["href", "src", "cite"]

    /// Attributes whose value must be a whole number (a pixel size, a span, a start).
    static let numericAttributes: Set<String> = ["width", "height", "colspan", "rowspan", "span", "start", "value"]

    static func allows(_ attribute: String, on element: String) -> Bool {
        globalAttributes.contains(attribute) || elements[element]?.contains(attribute) == true
    }
}
