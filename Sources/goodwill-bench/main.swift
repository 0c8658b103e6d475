import Ccmark
import Foundation
import Ledger
import Site

/// Measurements the benchmark (`make bench`) cannot take from outside the process:
///   goodwill-bench floor DIR    raw libcmark time for every article under DIR/content, one core
///   goodwill-bench ledger DIR   time to load DIR/network (contacts and activity)
/// Each prints one JSON object.

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
    let config = try ConfigLoader.load(siteRoot: root)
    var counts = (0, 0)
    let elapsed = try seconds {
        let ledger = try LedgerStore(siteRoot: root, config: config).load()
        counts = (ledger.contacts.count, ledger.activities.count)
    }
    print("{\"contacts\": \(counts.0), \"activities\": \(counts.1), \"seconds\": \(elapsed)}")
default:
    FileHandle.standardError.write(Data("unknown command \(command)\n".utf8))
    exit(2)
}
