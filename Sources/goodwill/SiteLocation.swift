import ArgumentParser
import Core
import Foundation
import Ledger
import Site

/// `--source`, shared by every command that works on a site folder. Without it, the site is the
/// nearest folder with a goodwill.yml, from the current folder up, as git finds its repository;
/// when that is not the current folder, the command says which site it uses.
struct SiteLocation: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The site folder, holding goodwill.yml (default: the nearest one, from here up).", valueName: "dir"))
    var source: String?

    var root: URL { Self.root(source: source) }

    mutating func validate() throws {
        if source == nil, let found = Self.nearestSite(), found.path != Self.currentFolder.path {
            FileHandle.standardError.write(Data("Using the site in \(found.path)\n".utf8))
            source = found.path
        }
    }

    static var currentFolder: URL { URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL }

    static func root(source: String?) -> URL {
        source.map { URL(fileURLWithPath: $0).standardizedFileURL } ?? nearestSite() ?? currentFolder
    }

    /// The current folder or the nearest parent that holds a goodwill.yml.
    static func nearestSite() -> URL? {
        var folder = currentFolder
        while true {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(ConfigLoader.fileName).path) { return folder }
            let parent = folder.deletingLastPathComponent().standardizedFileURL
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }

    func config() throws -> SiteConfig {
        do { return try ConfigLoader.load(siteRoot: root) } catch { throw CLIFailure.report(error) }
    }

    /// The site's ledger, with the settings it reads from goodwill.yml.
    func ledgerStore(_ config: SiteConfig) throws -> LedgerStore {
        do {
            return LedgerStore(siteRoot: root, settings: try LedgerSettings.parse(config.document, file: ConfigLoader.fileName))
        } catch {
            throw CLIFailure.report(error)
        }
    }
}

/// Prints an error the way every command does and exits non-zero.
enum CLIFailure {
    /// Past this many lines the rest is counted, not printed: a broken import can produce
    /// thousands of identical complaints, and the first ones are what needs fixing.
    static let maximumLines = 200

    static func report(_ error: Error) -> ExitCode {
        var lines = "\(error)".split(separator: "\n", omittingEmptySubsequences: false)
        if lines.count > maximumLines {
            let more = lines.count - maximumLines
            lines = Array(lines.prefix(maximumLines)) + ["… and \(more) more lines"]
        }
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
        return ExitCode.failure
    }
}
