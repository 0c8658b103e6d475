import Insight
import Testing

@Suite("CSV cells")
struct CSVCellTests {
    @Test("a cell with CR LF is quoted: Swift counts \"\\r\\n\" as one Character, equal to neither")
    func crlf() {
        #expect(CSVCell.field("Eve\r\nBcc: x") == "\"Eve\r\nBcc: x\"")
        #expect(CSVCell.field("a\rb") == "\"a\rb\"")
        #expect(CSVCell.field("plain") == "plain")
        #expect(CSVCell.field("=1+2") == "'=1+2")
    }
}
