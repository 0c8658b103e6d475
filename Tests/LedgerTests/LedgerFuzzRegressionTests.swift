import Foundation
import Testing
@testable import Ledger

/// Inputs `make fuzz` found for the ledger's own CSV reader, and the cases behind them.
@Suite("Ledger reader fuzz regressions")
struct LedgerFuzzRegressionTests {
    static func agree(_ bytes: [UInt8]) {
        let whole = Result { () throws(CSVRecords.UnterminatedQuote) in try CSVRecords.parse(bytes, threads: 1) }
        for threads in 2...4 {
            let pieces = Result { () throws(CSVRecords.UnterminatedQuote) in try CSVRecords.parse(bytes, threads: threads, parallelAbove: 0) }
            #expect(whole == pieces, "\(threads) threads")
        }
    }

    @Test("cut into pieces for parallel reading, every committed input reads exactly as in one piece")
    func regressions() throws {
        let inputs = try FuzzRegressions.inputs("ledger")
        #expect(!inputs.isEmpty)
        for input in inputs { Self.agree(input) }
    }

    @Test("quotes that are text to the reader (inside an unquoted field, after a closing quote, after a CR) do not move the cuts", arguments: [
        "a,b\"c,d\ne,\"f\ng\",h\ni,j\nk,l\n",
        "a,\"b\"x\"y,c\nd,e\nf,\"g\nh\"\ni,j\n",
        "a,\"b\"\r\"c\nd\",e\nf,g\nh,i\n",
        "\"a\"\"b\",c\nd,\"e,\nf\"\ng,h\n",
    ])
    func textQuotes(csv: String) {
        Self.agree(Array(csv.utf8))
        Self.agree(Array(String(repeating: csv, count: 5).utf8))
    }
}
