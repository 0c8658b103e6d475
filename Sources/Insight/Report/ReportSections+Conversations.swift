import Core

/// Who replied: every conversation that followed a share of the period, with the person, the
/// article, the share and the days between; and the conversations of the period that followed
/// no share, so the user sees the whole of what came in.
extension ReportSections {
    /// Newest first (ties: later rows first).
    func conversationLists() -> (followed: [ConversationEntry], unfollowed: [ConversationEntry]) {
        var followed: [(row: Int32, entry: ConversationEntry)] = []
        var unfollowed: [(row: Int32, entry: ConversationEntry)] = []
        let activities = input.ledger.activities
        let days = index.days
        // Newest first, by day then row; sorted before the entries are made, so the sort moves integers.
        let newestFirst = attribution.conversations.indices.sorted {
            let a = attribution.conversations[$0].row, b = attribution.conversations[$1].row
            return (days[Int(a)], a) > (days[Int(b)], b)
        }
        for position in newestFirst {
            let (row, owner, link) = attribution.conversations[position]
            let r = Int(row)
            let contact = contacts[Int(owner)]
            // Days as the rest of the report counts them: an imported row's instant is the user's day.
            var entry = ConversationEntry(date: ContentDate(dayNumber: days[r]), contact: contact.id, name: name(contact), kind: index.kinds[r].rawValue,
                                          basis: .none, articles: [], sharedOn: nil, daysAfter: nil, reason: nil,
                                          origin: activities[r].source?.origin)
            switch link {
            case .share(let share, let named):
                guard period.contains(index.days[Int(share)]) else { continue }
                entry.basis = named ? .named : .window
                entry.articles = [article(of: share)]
                entry.sharedOn = ContentDate(dayNumber: days[Int(share)])
                entry.daysAfter = index.days[r] - index.days[Int(share)]
                followed.append((row, entry))
            case .unclear(let shares):
                guard period.contains(index.days[r]) else { continue }
                entry.basis = .unclear
                entry.articles = shares.map(article(of:))
                followed.append((row, entry))
            case .none(let why):
                guard period.contains(index.days[r]) else { continue }
                switch why {
                case .noShareBefore:
                    entry.reason = "nothing had been shared with them before"
                case .outsideWindow(let days, let share):
                    entry.reason = "\(days) days after the last share (\(article(of: share).title)); the window is \(windowDays)"
                case .namedNotShared:
                    let title = index.articles[Int(index.articleRefs[r])].title
                    entry.articles = [(activities[r].ref, title)]
                    entry.reason = "it names \(title), which had not been shared with them"
                }
                unfollowed.append((row, entry))
            }
        }
        return (followed.map(\.entry), unfollowed.map(\.entry))
    }

    private func article(of share: Int32) -> (slug: String, title: String) {
        let article = index.articles[Int(index.articleRefs[Int(share)])]
        return (article.slug, article.title)
    }
}
