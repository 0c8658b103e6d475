import Core
import Ledger

/// The ledger indexed once, in one pass, so that every rule looks up instead of scanning:
/// each contact's timeline, what was sent to whom, who was introduced to whom. The columns the
/// rules read row by row (kind, day, article) are kept as plain arrays, so a rule walking a
/// million rows never copies a row's strings.
struct ActivityIndex {
    let ledger: Ledger
    /// Contact id → position in `ledger.contacts`.
    let position: [String: Int]
    /// By contact position: indices into `ledger.activities` of every row that touches the
    /// contact (their own rows, and intros where they are the other side), oldest first.
    let timelines: [[Int32]]
    /// By activity index: the row's kind, its calendar day (`ContentDate.dayNumber`), and the
    /// article its `ref` names as a position in `articles` (-1: none, or not published).
    let kinds: [ActivityKind]
    let days: [Int]
    let articleRefs: [Int32]
    /// The published articles, whose positions `articleRefs` and `sent` hold.
    let articles: [ArticleInfo]
    /// By contact position: the articles shared with them, on any channel (positions in `articles`).
    let sent: [[Int32]]
    /// Unordered pairs of contact ids already introduced to each other.
    let introduced: Set<ContactPair>
    /// By activity index: whether the row counts at all (`LeftOutRows`), and whether it was a
    /// digest message rather than something personal.
    let counted: [Bool]
    let viaDigest: [Bool]

    init(_ ledger: Ledger, articles: [ArticleInfo]) {
        self.ledger = ledger
        self.articles = articles
        var position: [String: Int] = [:]
        position.reserveCapacity(ledger.contacts.count)
        for (index, contact) in ledger.contacts.enumerated() { position[contact.id] = index }
        var articlePosition: [String: Int] = [:]
        for (index, article) in articles.enumerated() { articlePosition[article.slug] = index }

        let count = ledger.activities.count
        var timelines = [[Int32]](repeating: [], count: ledger.contacts.count)
        var sent = [[Int32]](repeating: [], count: ledger.contacts.count)
        var introduced: Set<ContactPair> = []
        var kinds: [ActivityKind] = []
        var days: [Int] = []
        var articleRefs: [Int32] = []
        var counted = [Bool](repeating: true, count: count)
        var viaDigest = [Bool](repeating: false, count: count)
        kinds.reserveCapacity(count)
        days.reserveCapacity(count)
        articleRefs.reserveCapacity(count)
        for (index, activity) in ledger.activities.enumerated() {
            kinds.append(activity.kind)
            days.append(activity.date.dayNumber)
            var article: Int32 = -1
            if activity.kind.refersToArticle, !activity.ref.isEmpty, let found = articlePosition[activity.ref] { article = Int32(found) }
            articleRefs.append(article)
            if activity.via == .digest { viaDigest[index] = true }
            guard let owner = position[activity.contact], !LeftOutRows.isLeftOut(activity, article: article) else {
                counted[index] = false
                continue
            }
            timelines[owner].append(Int32(index))
            switch activity.kind {
            case .shared where article >= 0: sent[owner].append(article)
            case .intro:
                introduced.insert(ContactPair(activity.contact, activity.ref))
                if let other = position[activity.ref] { timelines[other].append(Int32(index)) }
            default: break
            }
        }
        let activities = ledger.activities
        for contact in timelines.indices where timelines[contact].count > 1 {
            // By day, then time, then line; file order is nearly chronological already (`goodwill
            // log` appends), so most timelines are sorted when this starts.
            let isSorted = zip(timelines[contact], timelines[contact].dropFirst()).allSatisfy { days[Int($0)] <= days[Int($1)] }
            if isSorted, Set(timelines[contact].map { days[Int($0)] }).count == timelines[contact].count { continue }
            timelines[contact].sort {
                let a = Int($0), b = Int($1)
                return (days[a], activities[a].date.secondsSinceEpoch, activities[a].line, a)
                    < (days[b], activities[b].date.secondsSinceEpoch, activities[b].line, b)
            }
        }
        self.position = position
        self.timelines = timelines
        self.sent = sent
        self.introduced = introduced
        self.kinds = kinds
        self.days = days
        self.articleRefs = articleRefs
        self.counted = counted
        self.viaDigest = viaDigest
    }

    func activity(_ index: Int32) -> Activity { ledger.activities[Int(index)] }

    /// The rows of a contact's timeline up to `day`, oldest first.
    func timeline(ofContactAt position: Int, through day: Int) -> ArraySlice<Int32> {
        let timeline = timelines[position]
        let end = timeline.lastIndex { days[Int($0)] <= day }.map { $0 + 1 } ?? 0
        return timeline[..<end]
    }

    /// Whether the row is the contact's own (not an intro that only names them).
    func isOwn(_ row: Int32, byContactAt position: Int) -> Bool {
        kinds[Int(row)] != .intro || self.position[ledger.activities[Int(row)].contact] == position
    }
}

/// Two contacts, in either order.
struct ContactPair: Hashable {
    let first: String
    let second: String

    init(_ a: String, _ b: String) {
        (first, second) = a < b ? (a, b) : (b, a)
    }
}
