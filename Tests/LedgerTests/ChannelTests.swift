import Testing
@testable import Ledger

@Suite("Channels as logged")
struct ChannelTests {
    @Test("known channels are cases whatever their case and spaces; any other word is kept as written; empty is none")
    func parsing() {
        #expect(Channel("linkedin") == .linkedin)
        #expect(Channel(" LinkedIn ") == .linkedin)
        #expect(Channel("digest") == .digest)
        #expect(Channel("Coffee") == .other("Coffee"))
        #expect(Channel("") == nil)
        #expect(Channel("  ") == nil)
        #expect(Channel("Coffee")?.text == "Coffee")
        #expect([Channel.email, .linkedin, .x, .mastodon, .bluesky, .facebook, .digest].allSatisfy { Channel($0.text) == $0 })
    }

    @Test("a message goes by email when the ledger has an address, else by LinkedIn")
    func defaultChannel() {
        #expect(Contact(id: "a", name: "A", email: "a@example.org").defaultChannel == .email)
        #expect(Contact(id: "b", name: "B").defaultChannel == .linkedin)
    }
}
