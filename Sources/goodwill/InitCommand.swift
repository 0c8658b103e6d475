import ArgumentParser
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

    func run() throws {
        let folder = URL(fileURLWithPath: directory).standardizedFileURL
        do {
            let files = try SiteScaffold.create(at: folder, title: title, today: Today.iso)
            print("Created a site in \(directory):")
            for file in files { print("  \(file)") }
            print("Next: cd \(directory) && goodwill build")
        } catch {
            throw CLIFailure.report(error)
        }
    }
}
