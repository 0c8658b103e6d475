import Core
import Insight
import Ledger

/// The introduction drafted to both people at once, each told who the other is and why they
/// should meet, signed by the author: what `suggest --format md` shows beside the share messages.
enum IntroductionMessage {
    static func fill(_ plan: inout SuggestionPlan, ledger: Ledger, author: String) {
        for index in plan.introductions.indices {
            let intro = plan.introductions[index]
            guard let a = ledger.contact(intro.contacts[0]), let b = ledger.contact(intro.contacts[1]) else { continue }
            plan.introductions[index].message = write(a, b, circles: intro.circles, tags: intro.tags, author: author)
        }
    }

    static func write(_ a: Contact, _ b: Contact, circles: [String], tags: [String], author: String) -> String {
        let first = [PersonName.first(a.name), PersonName.first(b.name)]
        var text = "Hi \(first[0]) and \(first[1]),\n\nI think you two should meet.\n\n"
        text += "\(first[0]): \(who(b, circle: circles[1])).\n"
        text += "\(first[1]): \(who(a, circle: circles[0])).\n\n"
        let topic = tags.isEmpty ? "I" : "You both work on \(list(tags)), from different sides, and I"
        text += topic + " think each of you would get something from the other's view. I'll leave it to you to take it from here.\n\n"
        text += "Best,\n\(PersonName.first(author))"
        return text
    }

    /// `Marcus Bell, Head of Sales at Acme, one of the sales leaders I keep in touch with`.
    static func who(_ contact: Contact, circle: String) -> String {
        let role = [contact.position, contact.company].filter { !$0.isEmpty }
        var text = contact.name
        switch role.count {
        case 2: text += ", \(role[0]) at \(role[1])"
        case 1: text += ", \(role[0])"
        default: break
        }
        if !circle.isEmpty { text += ", one of the \(circle.lowercased()) I keep in touch with" }
        return text
    }

    static func list(_ items: [String]) -> String {
        items.count <= 1 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
}
