import Foundation
import Site

/// The line a build prints: `Built 7 articles, 1 page, 24 files into site/ in 0.05 s`, with
/// `and a search index of 8 pages` before `into` when Pagefind indexed it.
struct BuildSummary {
    let line: String

    init(_ report: BuildReport, relativeTo directory: String) {
        func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
        var output = report.output.path
        if output.hasPrefix(directory + "/") { output = String(output.dropFirst(directory.count + 1)) }
        line = "Built \(count(report.articles, "article")), \(count(report.pages, "page")), "
            + "\(count(report.files, "file"))" + (report.search.map { " and a search index of \(count($0.pages, "page"))" } ?? "") + " into \(output)/ in \(String(format: "%.2f", report.seconds)) s"
    }
}
