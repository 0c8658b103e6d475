import ArgumentParser
import Foundation
import Site
import Workspace

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new piece of content.",
        subcommands: [Article.self]
    )

    struct Article: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write content/articles/<slug>.md as a draft with today's date and an outline.",
            discussion: "Refuses to overwrite an existing file. Example: goodwill new article \"Why give first\" --segment founders --tag Trust"
        )

        @OptionGroup var site: SiteLocation

        @Argument(help: ArgumentHelp("The article's title; the file name is made from it.", valueName: "title"))
        var title: String

        @Option(name: .customLong("segment"), help: ArgumentHelp("A segment it serves (repeatable).", valueName: "slug"))
        var segments: [String] = []

        @Option(name: .customLong("tag"), help: ArgumentHelp("A tag (repeatable).", valueName: "tag"))
        var tags: [String] = []

        func run() throws {
            let workspace = try site.open()
            do {
                let path = try ArticleDraft(title: title, segments: segments, tags: tags, date: workspace.today.day.text)
                    .write(in: workspace.root, config: workspace.config)
                print("Created \(path) (draft: build with --drafts to see it)")
            } catch {
                throw CLIFailure.report(error, arguments: ["title": "<title>"])
            }
        }
    }
}
