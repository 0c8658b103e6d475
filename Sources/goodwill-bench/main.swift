import Ccmark
import Core
import Foundation
import Ledger
import Share
import Site
import Workspace

/// Measurements the benchmark (`make bench`) cannot take from outside the process:
///   goodwill-bench floor DIR        raw libcmark time for every article under DIR/content, one core
///   goodwill-bench ledger DIR       time to load DIR/network (contacts and activity)
///   goodwill-bench incremental DIR  a preview's full build, then the time from saving one article's
///                                   body to its new page being readable (the file is restored after)
///   goodwill-bench kit DIR          the share kit's own work for every article, one core, nothing written
///                                   (as_is_bytes: the files written as they are, its JSON; pages are rendered by the build)
/// Each prints one JSON object.

/// Keeps the published site a build shows its contributors.
final class PublishedSiteRecorder: BuildContributor, @unchecked Sendable {  // safe: set once by the build's check, read after the build
    private(set) var site: PublishedSite?
    func check(_ articles: [RenderedDocument], in site: PublishedSite) -> [Diagnostic] {
        self.site = site
        return []
    }
}

extension ContributedFile {
    /// The size of a file written as it is; 0 for a page, which the build renders, not this.
    var byteCount: Int {
        switch content {
        case .utf8(let bytes): return bytes.count
        case .text(let text): return text.utf8.count
        case .page: return 0
        }
    }
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count == 2, let command = arguments.first, let folder = arguments.last else {
    FileHandle.standardError.write(Data("usage: goodwill-bench floor|ledger DIR\n".utf8))
    exit(2)
}
let root = URL(fileURLWithPath: folder)

switch command {
case "floor":
    // Read every file first, so the figure is libcmark's alone: the floor a build cannot beat.
    let articles = root.appendingPathComponent("content/articles")
    let bodies = try FileIO.files(under: articles.path).filter { $0.hasSuffix(".md") }.map { try FileIO.read(articles.path + "/" + $0) }
    var bytes = 0
    let elapsed = seconds {
        for body in bodies {
            body.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    if let html = cmark_markdown_to_html(chars.baseAddress, chars.count, CMARK_OPT_SMART) {
                        bytes += strlen(html)
                        free(html)
                    }
                }
            }
        }
    }
    print("{\"files\": \(bodies.count), \"html_bytes\": \(bytes), \"seconds\": \(elapsed)}")
case "ledger":
    let config = try ConfigLoader.load(siteRoot: root, otherKeys: Workspace.configKeys)
    var counts = (0, 0)
    let elapsed = try seconds {
        let settings = try LedgerSettings.parse(config.document, file: ConfigLoader.fileName)
        let ledger = try LedgerStore(siteRoot: root, settings: settings).load()
        counts = (ledger.contacts.count, ledger.activities.count)
    }
    print("{\"contacts\": \(counts.0), \"activities\": \(counts.1), \"seconds\": \(elapsed)}")
case "incremental":
    var options = BuildOptions(source: root, output: URL(fileURLWithPath: "/dev/shm/goodwill-bench-incremental"))
    options.baseURL = "http://127.0.0.1:1313/"
    options.configKeys = Workspace.configKeys
    let builder = IncrementalBuilder(options: options, contributors: Workspace.contributors)
    let full = try seconds { _ = try builder.rebuild(changed: nil) }
    // Edit the last word of the last paragraph of a published article: same word count, same summary.
    let path = "content/articles/article-0.md"
    let file = root.appendingPathComponent(path)
    let original = try String(contentsOf: file, encoding: .utf8)
    guard let last = original.range(of: "value", options: .backwards) else { exit(3) }
    try original.replacingCharacters(in: last, with: "VALUE").write(to: file, atomically: true, encoding: .utf8)
    defer { try? original.write(to: file, atomically: true, encoding: .utf8) }
    var kind = IncrementalBuilder.Kind.full
    var served = false
    let edit = try seconds {
        kind = try builder.rebuild(changed: [path]).kind
        let page = try String(contentsOf: options.output.appendingPathComponent("articles/article-0/index.html"), encoding: .utf8)
        served = page.contains("VALUE")
    }
    try? FileManager.default.removeItem(at: options.output)
    print("{\"full_seconds\": \(full), \"edit_seconds\": \(edit), \"incremental\": \(kind != .full), \"served_new_text\": \(served)}")
case "kit":
    // The share kit's own work for every article (snippets, share page body, JSON), on one core
    // and without writing: the fastest of five passes, for comparing changes to the kit itself.
    let recorder = PublishedSiteRecorder()
    var options = BuildOptions(source: root, output: URL(fileURLWithPath: "/dev/shm/goodwill-bench-kit"))
    options.threads = 1
    options.configKeys = Workspace.configKeys
    _ = try IncrementalBuilder(options: options, contributors: { [recorder] }).rebuild(changed: nil)
    try? FileManager.default.removeItem(at: options.output)
    guard let site = recorder.site else { exit(3) }
    let kit = ShareKit()
    var bytes = 0
    var passes: [Double] = []
    for _ in 0..<5 {
        passes.append(try seconds {
            for article in site.articles {
                for file in try kit.articleFiles(for: article, in: site) { bytes &+= file.byteCount }
            }
        })
    }
    print("{\"articles\": \(site.articles.count), \"as_is_bytes\": \(bytes / 5), \"seconds\": \(passes.min()!)}")
default:
    FileHandle.standardError.write(Data("unknown command \(command)\n".utf8))
    exit(2)
}
