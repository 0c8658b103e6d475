import Core
import Ledger

/// Give before you ask: per contact, what the author gave (`shared`, `intro`, `helped`) and
/// asked (`asked`), in order. An intro counts as a give to both people it introduces.
struct GiveBalance {
    struct Account: Equatable {
        var gives = 0
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

    func account(ofContactAt position: Int) -> Account {
        var account = Account()
        var lastGive: Int32?, lastAsk: Int32?
        for row in index.timeline(ofContactAt: position, through: asOfDay) {
            let kind = index.kinds[Int(row)]
            if kind.isGive {
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
