import ArgumentParser
import Core
import Foundation
import Site

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new site: goodwill.yml with two segments, one article, an About page, a .gitignore.",
        discussion: "The .gitignore keeps network/ (the private ledger) and reports/ out of git."
    )

    @Argument(help: ArgumentHelp("The folder to create (default: the current folder, if empty).", valueName: "dir"))
    var directory: String = "."

    @Option(help: ArgumentHelp("The site's title and author name.", valueName: "name"))
    var title: String = "My Name"

    /// `Next: cd 'my site' && goodwill build`: the folder quoted for a shell when it needs to be,
    /// and no `cd` into the folder the user is already in.
    static func next(_ directory: String) -> String {
        let folder = URL(fileURLWithPath: directory).standardizedFileURL
        guard folder.path != SiteLocation.currentFolder.path else { return "Next: goodwill build" }
        let safe = directory.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || "-_./+,:@%".unicodeScalars.contains($0) }
        let quoted = safe ? directory : "'" + directory.replacingOccurrences(of: "'", with: "'\\''") + "'"
        return "Next: cd \(quoted) && goodwill build"
    }

    func run() throws {
        let folder = URL(fileURLWithPath: directory).standardizedFileURL
        do {
            let files = try SiteScaffold.create(at: folder, title: title, today: Today.fromClock().day.text)
            print("Created a site in \(directory):")
            for file in files { print("  \(file)") }
            print(Self.next(directory))
        } catch {
            throw CLIFailure.report(error)
        }
    }
}
