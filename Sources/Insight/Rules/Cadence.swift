import Ledger

/// How often a contact wants to hear from the author, and how overdue they are: days since the
/// last touch against their cadence — `cadence_days` on the contact, else the shortest
/// `cadence_days` of their segments, else 30. A touch is a give (a share, help, an intro that
/// names them, a digest) or something from them (a reply, a meeting, something received); an
/// ask alone is not one, or asking would reset the clock of a contact given nothing for months.
struct Cadence {
    static let defaultDays = 30

    let index: ActivityIndex
    let segmentCadences: [String: Int]
    let asOfDay: Int

    init(index: ActivityIndex, segments: [SegmentInfo], asOfDay: Int) {
        self.index = index
        self.segmentCadences = Dictionary(segments.compactMap { segment in segment.cadenceDays.map { (segment.slug, $0) } },
                                          uniquingKeysWith: { first, _ in first })
        self.asOfDay = asOfDay
    }

    func days(for contact: Contact) -> Int {
        if let own = contact.cadenceDays { return own }
        return contact.segments.compactMap { segmentCadences[$0] }.min() ?? Self.defaultDays
    }

    static func isTouch(_ kind: ActivityKind) -> Bool { !kind.isAsk }

    /// Days since the last touch up to `asOf`, or nil when there has been none yet.
    func daysSinceLastTouch(ofContactAt position: Int) -> Int? {
        index.timeline(ofContactAt: position, through: asOfDay).last { Self.isTouch(index.kinds[Int($0)]) }.map { asOfDay - index.days[Int($0)] }
    }

    /// Days past the cadence (negative when not yet due), or nil with no touch yet.
    func daysOverdue(_ contact: Contact, at position: Int) -> Int? {
        daysSinceLastTouch(ofContactAt: position).map { $0 - days(for: contact) }
    }
}
