extension Int {
    /// Written with thousands separated by commas, as English prose writes counts: "3,000",
    /// "100,000", "-1,250".
    public var grouped: String {
        let digits = String(magnitude)
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text += "," }
            text.append(digit)
        }
        return self < 0 ? "-" + text : text
    }
}
