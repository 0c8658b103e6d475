/// The site's Atom feed and one per segment, so a reader subscribes to what is written for them.
extension SitePlan {
    func feeds() -> [OutputFile] {
        var files = [OutputFile(path: paths.outputFile(for: paths.feed), text: AtomFeed(
            config: config, title: config.title, subtitle: config.description,
            pageURL: config.absoluteURL(forPath: paths.home), feedURL: config.absoluteURL(forPath: paths.feed),
            articles: articles).xml)]
        for segment in config.segments {
            files.append(OutputFile(path: paths.outputFile(for: paths.segmentFeed(segment.slug)), text: AtomFeed(
                config: config, title: "\(config.title) · for \(segment.title)", subtitle: segment.description,
                pageURL: config.absoluteURL(forPath: paths.segment(segment.slug)),
                feedURL: config.absoluteURL(forPath: paths.segmentFeed(segment.slug)),
                // From `articles`, not the index of the last full build: an edited article's new
                // body is in `articles` (the preview replaces it there), and a full-content feed shows it.
                articles: articles.filter { $0.document.segments.contains(segment.slug) }).xml))
        }
        return files
    }
}
