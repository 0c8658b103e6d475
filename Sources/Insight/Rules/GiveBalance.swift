import Core
import Ledger

/// Give before you ask: per contact, what the author gave (`shared`, `intro`, `helped`) and
/// asked (`asked`), in order. An intro counts as a give to both people it introduces. A digest
/// message is counted apart: it went to a whole segment, so it is not the personal give that
/// earns an ask, and the judgement (gives before the first ask, owing a give) stands on
/// personal gives alone.
struct GiveBalance {
    struct Account: Equatable {
        /// Personal gives: everything given but digest messages.
        var gives = 0
        var digestGives = 0
        var asks = 0
        /// Gives before the first ask (all of them when there was no ask).
        var givesBeforeFirstAsk = 0
        var lastGive: ContentDate?
        var lastAsk: ContentDate?
        /// The first ask came before anything was given.
        var askedBeforeGiven = false
        /// The latest ask is more recent than the latest give: the next move should be a give.
        var owesAGive = false
    }

    let index: ActivityIndex
    let asOfDay: Int

    /// Whether the row is a personal give (not a digest message).
    static func isPersonalGive(_ row: Int, in index: ActivityIndex) -> Bool {
        index.kinds[row].isGive && !index.viaDigest[row]
    }

    func account(ofContactAt position: Int) -> Account {
        var account = Account()
        var lastGive: Int32?, lastAsk: Int32?
        for row in index.timeline(ofContactAt: position, through: asOfDay) {
            let kind = index.kinds[Int(row)]
            if kind.isGive, index.viaDigest[Int(row)] {
                account.digestGives += 1
            } else if kind.isGive {
                account.gives += 1
                if account.asks == 0 { account.givesBeforeFirstAsk += 1 }
                lastGive = row
                account.owesAGive = false
            } else if kind.isAsk {
                if account.asks == 0, account.gives == 0 { account.askedBeforeGiven = true }
                account.asks += 1
                lastAsk = row
                account.owesAGive = true
            }
        }
        account.lastGive = lastGive.map { index.activity($0).date }
        account.lastAsk = lastAsk.map { index.activity($0).date }
        return account
    }
}
