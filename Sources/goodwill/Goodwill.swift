import ArgumentParser

@main
struct Goodwill: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "goodwill",
        abstract: "A static-site generator for people who build a name by giving useful content away.",
        discussion: """
        Write Markdown articles in content/, tag each with the audience segments it serves, and `goodwill build` turns them into a fast, accessible site in site/.
        """,
        version: "0.1.0",
        subcommands: [BuildCommand.self, ServeCommand.self, CheckCommand.self, InitCommand.self, NewCommand.self, ShareCommand.self, ContactsCommand.self, ImportCommand.self, LogCommand.self, SuggestCommand.self, ReportCommand.self, DigestCommand.self]
    )
}
