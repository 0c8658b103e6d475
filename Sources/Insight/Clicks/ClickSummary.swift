/// Visits to article URLs found in access logs: likely-human and raw counts side by side, per
/// platform (`utm_source`), per contact (through the private `utm_content` token) and per
/// article, and the lines left out, by reason.
public struct ClickSummary: Sendable, Equatable {
    public struct Counts: Sendable, Equatable {
        /// Visits that pass every rule.
        public var human = 0
        /// Every request for the URL, as a naive counter would count it.
        public var raw = 0
    }

    public struct Row: Sendable, Equatable {
        /// A platform, a contact id or an article slug.
        public var key: String
        /// For a contact, their name; for an article, its title.
        public var label: String
        public var counts: Counts
    }

    public struct LeftOut: Sendable, Equatable {
        public var reason: String
        public var lines: Int
    }

    public var total = Counts()
    public var byPlatform: [Row] = []
    public var byContact: [Row] = []
    public var byArticle: [Row] = []
    /// Hits from one token that opened several links within seconds: a mail scanner, not a person.
    public var scannerHits = 0
    public var leftOut: [LeftOut] = []
    public var linesRead = 0
    public var files: [String] = []
}
