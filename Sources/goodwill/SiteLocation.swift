import ArgumentParser
import Core
import Foundation
import Ledger
import Site
import Workspace

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

    /// The site, opened once for this command, with the one moment it counts as now: the clock
    /// in the user's time zone, or the end of the `--as-of` day.
    func open(asOf: String? = nil) throws -> Workspace {
        do {
            let today = try asOf.map { Today.endOf(try AsOf.day($0)) } ?? Today.fromClock()
            return try Workspace(root: root, today: today)
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

    /// Fields that every command spells the same way.
    static let commonArguments = ["contact": "--contact", "segment": "--segment", "output": "--output", "baseURL": "--base-url",
                                  "date": "--date", "via": "--via", "sendmail": "--sendmail"]

    /// `arguments` names the command's argument for each field a module's `input` diagnostic
    /// names (`date` → `--date`); the common ones are known already.
    static func report(_ error: Error, arguments: [String: String] = [:]) -> ExitCode {
        let names = commonArguments.merging(arguments) { _, given in given }
        let named: Any
        switch error {
        case let diagnostic as Diagnostic: named = diagnostic.naming(names)
        case let diagnostics as Diagnostics: named = Diagnostics(diagnostics.items.map { $0.naming(names) })
        default: named = error
        }
        var lines = "\(named)".split(separator: "\n", omittingEmptySubsequences: false)
        if lines.count > maximumLines {
            let more = lines.count - maximumLines
            lines = Array(lines.prefix(maximumLines)) + ["… and \(more) more lines"]
        }
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
        return ExitCode.failure
    }
}
