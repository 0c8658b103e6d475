import Foundation

/// Theme and site static files, then page bundles' assets; pages written later win over them.
extension SitePlan {
    /// Writes them and returns the output paths written.
    func writeStaticFiles(to writer: OutputWriter, siteRoot: URL) throws -> Set<String> {
        var written: Set<String> = []
        for file in theme.staticFiles {
            switch file.source {
            case .file(let path): try writer.copy(file: path, to: file.outputPath)
            case .builtIn(let text): try writer.write(text, to: file.outputPath)
            }
            written.insert(file.outputPath)
        }
        for rendered in articles + pages {
            guard let folder = rendered.document.bundleFolder else { continue }
            let outputFolder = (paths.outputFile(for: rendered.document.urlPath) as NSString).deletingLastPathComponent
            for asset in rendered.document.assets {
                try writer.copy(file: siteRoot.path + "/" + folder + "/" + asset, to: outputFolder + "/" + asset)
            }
        }
        return written
    }
}
