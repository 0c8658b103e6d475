import Core
import Foundation

/// The files of a new site: a config with two example segments, one article, an About page
/// and a .gitignore that keeps the private ledger and reports out of git.
public enum SiteScaffold {
    public static let gitignore = """
        # The private ledger and reports: contacts, notes and who got what. Never publish them.
        network/
        reports/
        # Goodwill's temporary build folders.
        .site.tmp-*/
        .site.old-*/

        """

    /// Words of the new site that are meant to be replaced; `SetupWarnings` says so while they are not.
    static let placeholderBio = "One line about who you are and who you help."
    static let placeholderArticleText = "Replace this with something useful you would otherwise explain one person at a time."

    static func files(title: String, today: String) -> [(path: String, text: String)] {
        [
            ("goodwill.yml", """
                title: \(YAMLText.quoted(title))
                base_url: "https://example.com/"
                language: en
                description: "Useful notes, given away."
                author:
                  name: \(YAMLText.quoted(title))
                  bio: "\(placeholderBio)"
                paginate: 10
                segments:
                  founders:
                    title: "Founders"
                    description: "Early-stage founders selling their first deals"
                    match: {position: ["(?i)founder|ceo"]}
                  sales-leaders:
                    title: "Sales leaders"
                    description: "People who build and coach sales teams"
                    match: {position: ["(?i)sales|revenue"]}

                """),
            ("content/articles/give-first.md", """
                ---
                title: "Give first"
                date: \(today)
                segments: [founders, sales-leaders]
                tags: [Reciprocity]
                ---
                \(placeholderArticleText)

                ## Who it is for

                Say in one sentence which reader this helps, and with what.

                ## The useful part

                Give the answer, the checklist or the example. Ask for nothing.

                """),
            ("content/pages/about.md", """
                ---
                title: "About"
                ---
                Who you are, who you help, and how to reach you.

                """),
            (".gitignore", gitignore),
        ]
    }

    /// Writes a new site into `folder`, which must be missing or empty.
    public static func create(at folder: URL, title: String, today: String) throws -> [String] {
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        guard existing.filter({ $0 != ".git" }).isEmpty else {
            throw Diagnostic(file: folder.path, message: "the folder is not empty",
                            hint: "pick a new folder: goodwill init my-site")
        }
        let files = files(title: title, today: today)
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileIO.makeDirectories(url.deletingLastPathComponent().path)
            try FileIO.write(text, to: url.path)
        }
        return files.map(\.path)
    }
}
