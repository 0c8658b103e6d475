import ArgumentParser
import Foundation
import Site

/// `--source`, shared by every command that works on a site folder.
struct SiteLocation: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The site folder, holding goodwill.yml.", valueName: "dir"))
    var source: String = "."

    var root: URL { URL(fileURLWithPath: source).standardizedFileURL }

    func config() throws -> SiteConfig {
        do { return try ConfigLoader.load(siteRoot: root) } catch { throw CLIFailure.report(error) }
    }
}

/// Prints an error the way every command does and exits non-zero.
enum CLIFailure {
    static func report(_ error: Error) -> ExitCode {
        FileHandle.standardError.write(Data("\(error)\n".utf8))
        return ExitCode.failure
    }
}
