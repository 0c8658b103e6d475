/// `search:` of goodwill.yml: whether the build indexes the site with Pagefind and the theme
/// shows a search page. Absent means "when Pagefind is installed", so a new site gets search
/// without a setting, and a machine without Pagefind still builds the rest.
public enum SearchSetting: Sendable, Equatable {
    /// Not written: on when Pagefind is found, off otherwise (the build resolves it).
    case automatic
    /// `search: true`: a build without Pagefind is an error that says how to install it.
    case on
    /// `search: false`.
    case off
}
