/// The levels headings are written at, so that the page's outline has no gaps: the shallowest
/// heading of the document becomes `shallowest` (`###` → `<h2>` when the template writes the
/// title as `<h1>`, as `#` → `<h2>`), and no heading is more than one level deeper than the one
/// before it (`##` then `####` is written `<h2>` then `<h3>`): screen readers list headings by
/// level, and a skipped level reads as a missing section (WCAG 1.3.1, axe `heading-order`).
enum HeadingOutline {
    static func levels(written: [Int], shallowest: Int) -> [Int] {
        guard let top = written.min() else { return [] }
        var previous = shallowest - 1
        return written.map { level in
            let placed = max(shallowest, min(6, level - top + shallowest, previous + 1))
            previous = placed
            return placed
        }
    }
}
