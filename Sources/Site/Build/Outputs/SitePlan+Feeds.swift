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
                articles: index.articlesBySegment[segment.slug] ?? []).xml))
        }
        return files
    }
}
