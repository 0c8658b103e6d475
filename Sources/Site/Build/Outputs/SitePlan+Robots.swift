/// `robots.txt`, unless the site or its theme ships its own as a static file.
extension SitePlan {
    func robotsFile(staticPaths: Set<String>) -> OutputFile? {
        let path = paths.outputFile(for: paths.robots)
        guard !staticPaths.contains(path) else { return nil }
        return OutputFile(path: path, text: "User-agent: *\nAllow: /\nSitemap: \(config.absoluteURL(forPath: paths.sitemap))\n")
    }
}
