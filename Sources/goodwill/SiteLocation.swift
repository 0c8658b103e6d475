import ArgumentParser
import Core
import Foundation
import Ledger
import Site

/// `--source`, shared by every command that works on a site folder.
struct SiteLocation: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The site folder, holding goodwill.yml.", valueName: "dir"))
    var source: String = "."

    var root: URL { URL(fileURLWithPath: source).standardizedFileURL }

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
