/// Cold contacts (nothing in the ledger with them yet, `Warmth`) get a small allowance of the
/// list instead of competing with the people you are in touch with: after a LinkedIn import,
/// hundreds of never-touched connections would otherwise tie at the top and push out the
/// contact who replied, met and referred business — or, scored below everyone, never appear.
/// The list mixes both on purpose: up to `cold` places go to the best cold candidates, the
/// rest to the best warm ones, and the whole is in score order. Cold contacts never take more
/// than the allowance, even when there are too few warm ones to fill the list.
enum ColdAllowance {
    static let defaultCold = 3

    /// At most `limit` of `ranked` (best first), at most `cold` of them cold, in rank order; and
    /// how many cold contacts with a candidate the allowance left out.
    static func choose(_ ranked: [Suggester.Context.Candidate], limit: Int, cold: Int) -> (chosen: [Suggester.Context.Candidate], coldLeft: Int) {
        let coldPositions = ranked.indices.filter { ranked[$0].isCold }
        let coldTaken = coldPositions.prefix(min(cold, limit))
        let warmTaken = ranked.indices.lazy.filter { !ranked[$0].isCold }.prefix(limit - coldTaken.count)
        let chosen = (Array(warmTaken) + coldTaken).sorted().map { ranked[$0] }
        let shown = Set(coldTaken.map { ranked[$0].contact })
        return (chosen, Set(coldPositions.map { ranked[$0].contact }).subtracting(shown).count)
    }
}
