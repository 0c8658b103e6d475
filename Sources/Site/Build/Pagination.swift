/// One page of a paginated list: `/for/founders/`, `/for/founders/page/2/`, ….
struct ListPage<Item: Sendable>: Sendable {
    var number: Int
    var total: Int
    var items: ArraySlice<Item>
    var url: String
    var previousURL: String?
    var nextURL: String?

    /// Splits `items` into pages of `perPage`. An empty list still has its first page,
    /// so a new segment's hub exists before its first article does.
    static func paginate(_ items: [Item], perPage: Int, firstURL: String, paths: URLPaths) -> [ListPage<Item>] {
        let total = max(1, (items.count + perPage - 1) / perPage)
        return (1...total).map { number in
            let start = (number - 1) * perPage
            return ListPage(
                number: number, total: total,
                items: items[start..<min(items.count, start + perPage)],
                url: paths.page(number, of: firstURL),
                previousURL: number > 1 ? paths.page(number - 1, of: firstURL) : nil,
                nextURL: number < total ? paths.page(number + 1, of: firstURL) : nil)
        }
    }

    var view: PaginationView {
        PaginationView(current: number, total: total, previousURL: previousURL, nextURL: nextURL)
    }
}
