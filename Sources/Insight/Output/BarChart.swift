import Core
import Foundation

/// A horizontal bar chart as inline SVG, readable on a phone and in print: one row per label,
/// one bar per series, the value written after each bar. No script, nothing loaded.
struct BarChart {
    struct Row {
        var label: String
        var values: [Double]
        /// What is written after each bar (defaults to the value).
        var texts: [String]? = nil
    }

    var id: String
    var title: String
    var series: [String]
    var rows: [Row]
    /// The line under the chart saying what it counts.
    var caption: String

    /// Each row is its label on a line of its own, then one bar per series with its value: the
    /// chart is narrow (420 units), so on a phone its text stays near the page's size.
    var svg: String {
        let width = 420.0, valueWidth = 48.0, barHeight = 14.0, gap = 4.0, labelHeight = 18.0, rowGap = 10.0
        let rowHeight = labelHeight + Double(series.count) * (barHeight + gap) - gap + rowGap
        let legendHeight = series.count > 1 ? 24.0 : 0
        let height = legendHeight + Double(rows.count) * rowHeight
        let maximum = max(rows.flatMap(\.values).max() ?? 0, 1)
        let scale = (width - valueWidth) / maximum
        var out = "<figure>\n<svg viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-labelledby=\"\(id)-title\" class=\"chart\">\n"
        out += "<title id=\"\(id)-title\">\(ByteEscapes.html.escape(title))</title>\n"
        if series.count > 1 {
            var x = 0.0
            for (index, name) in series.enumerated() {
                out += "<rect x=\"\(Int(x))\" y=\"4\" width=\"12\" height=\"12\" class=\"s\(index)\"/>"
                out += "<text x=\"\(Int(x) + 18)\" y=\"15\">\(ByteEscapes.html.escape(name))</text>\n"
                x += 30 + Double(name.count) * 8
            }
        }
        for (rowIndex, row) in rows.enumerated() {
            let top = legendHeight + Double(rowIndex) * rowHeight
            let label = row.label.count > 52 ? String(row.label.prefix(51)) + "…" : row.label
            out += "<text x=\"0\" y=\"\(Int(top + 13))\" class=\"label\">\(ByteEscapes.html.escape(label))</text>\n"
            for (index, value) in row.values.enumerated() {
                let y = top + labelHeight + Double(index) * (barHeight + gap)
                let length = max(value > 0 ? 2 : 0, value * scale)
                out += "<rect x=\"0\" y=\"\(Int(y))\" width=\"\(String(format: "%.1f", length))\" height=\"\(Int(barHeight))\" class=\"s\(index)\"/>"
                let text = row.texts?[index] ?? (value == value.rounded() ? String(Int(value)) : String(format: "%.2f", value))
                out += "<text x=\"\(String(format: "%.1f", length + 6))\" y=\"\(Int(y + barHeight - 3))\">\(ByteEscapes.html.escape(text))</text>\n"
            }
        }
        out += "</svg>\n<figcaption>\(ByteEscapes.html.escape(caption))</figcaption>\n</figure>\n"
        return out
    }
}

