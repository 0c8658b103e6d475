import Foundation

/// Writes a table as GFM's reference renderer does, inside a scroll container: a wide table
/// scrolls on its own on a phone instead of pushing the page sideways, and the container
/// takes keyboard focus so the scroll works without a pointer (WCAG 2.1.1).
enum TableHTML {
    /// `cell` renders one cell's inline Markdown; `paragraph` renders text before the header.
    /// `numbering` gives what follows a label the document has used before (" (2)").
    static func html(_ plan: TablePlan, numbering: (String) -> String, cell: (TablePlan.Cell) -> String,
                     paragraph: (TablePlan.Cell) -> String) -> String {
        var html = plan.leadingText.map(paragraph) ?? ""
        let headers = plan.header.map(cell)
        let columns = headers.map(plainText).filter { !$0.isEmpty }.joined(separator: ", ")
        let label = "Table" + (columns.isEmpty ? "" : ": " + String(columns.prefix(80)))
        html += "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\""
        html += label + numbering(label)
        html += "\">\n<table>\n<thead>\n<tr>\n"
        for (index, header) in headers.enumerated() {
            html += "<th\(attribute(plan.alignments[index]))>\(header)</th>\n"
        }
        html += "</tr>\n</thead>\n"
        if !plan.rows.isEmpty {
            html += "<tbody>\n"
            for row in plan.rows {
                html += "<tr>\n"
                for (index, value) in row.enumerated() {
                    html += "<td\(attribute(plan.alignments[index]))>\(cell(value))</td>\n"
                }
                html += "</tr>\n"
            }
            html += "</tbody>\n"
        }
        return html + "</table>\n</div>"
    }

    /// HTML5 made `align` obsolete; a style attribute says the same (as Hugo's Goldmark writes it).
    private static func attribute(_ alignment: TablePlan.Alignment) -> String {
        switch alignment {
        case .none: return ""
        case .left: return " style=\"text-align: left\""
        case .center: return " style=\"text-align: center\""
        case .right: return " style=\"text-align: right\""
        }
    }

    /// A cell's HTML without its tags, for the region's name (entities stay escaped, as an
    /// attribute needs them).
    private static func plainText(_ html: String) -> String {
        var text = ""
        var inTag = false
        for character in html {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { text.append(character == "\"" ? "'" : character) }
        }
        return text.trimmingCharacters(in: .whitespaces)
    }
}
