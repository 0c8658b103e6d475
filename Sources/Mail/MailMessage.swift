import Core
import Ledger

/// Someone in an address header: their name as written (RFC 2047 decoded) and their address,
/// lowercased.
public struct MailAddress: Hashable, Sendable {
    public var name: String
    public var address: String

    public init(name: String, address: String) {
        self.name = name.trimmed
        self.address = address.trimmed.lowercased()
    }
}

/// Where a message is: the file, and its byte offset in an mbox (or its file in a Maildir).
public struct MailLocation: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    /// Byte offset of the message's `From ` line in an mbox; nil for a file of its own.
    public var offset: Int?

    public var description: String { offset.map { "\(file) at byte \($0)" } ?? file }
}

/// What one mail message says, as the signals need it: who wrote to whom and when, what it
/// answers, its words (own and quoted), whether a machine sent it, and any calendar reply or
/// invitation it carries.
public struct MailMessage: Sendable {
    /// Without the angle brackets; nil when the message has none.
    public var messageID: String?
    /// Ids of `In-Reply-To` then `References`, without brackets.
    public var answers: [String] = []
    public var from: MailAddress?
    public var recipients: [MailAddress] = []
    /// Seconds since the epoch of `Date:`; nil when missing or unreadable.
    public var instant: Int64?
    public var subject = ""
    /// The words: the plain text part, else the HTML part as text with each link's address.
    /// Emptied by `MailSignals.compact` once the links are found, so that a mailbox of 100,000
    /// messages is held as small values.
    public var text = ""
    /// An HTML-only body as written, turned into text (`HTMLText`) only when it may hold a link.
    public var html = ""
    /// The article links in the writer's own words and in the part they quote; nil until found.
    public var ownLinks: [ArticleLinks.Link]?
    public var quotedLinks: [ArticleLinks.Link]?
    /// Why this is not a person writing (an auto-reply, a bounce, a list), or nil.
    public var automatic: String?
    public var calendar: [CalendarEvent] = []
    /// Maildir's `R` flag: the user replied to it.
    public var repliedFlag = false
    public var location: MailLocation
    /// A hash of what makes the message that message when it has no `Message-ID`: sender, date,
    /// subject and the first bytes of its words.
    public var fingerprint: String

    /// The id a source key is made of.
    public var identity: String { messageID.map { "id:" + $0 } ?? "hash:" + fingerprint }
}

/// A `text/calendar` part: an invitation (`REQUEST`) or an answer to one (`REPLY`).
public struct CalendarEvent: Sendable, Equatable {
    public var method: String
    /// When it starts: seconds since the epoch, or the day for an all-day event.
    public var start: Int64?
    public var startDay: ContentDate?
    public var organizer: String?
    /// Attendees (lowercased addresses) with their `PARTSTAT`.
    public var attendees: [(address: String, status: String)]

    public static func == (a: CalendarEvent, b: CalendarEvent) -> Bool {
        a.method == b.method && a.start == b.start && a.startDay == b.startDay && a.organizer == b.organizer
            && a.attendees.map(\.address) == b.attendees.map(\.address) && a.attendees.map(\.status) == b.attendees.map(\.status)
    }
}
