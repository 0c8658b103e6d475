import Core
import Testing

@Suite("One diagnostic for every module")
struct DiagnosticTests {
    @Test("a file problem prints as file:line:column: error: message — hint")
    func fileLocation() {
        let problem = Diagnostic(file: "content/articles/a.md", line: 3, column: 7, message: "date \"2023-02-30\" has no day 30",
                                 hint: "write a real date")
        #expect(problem.description == "content/articles/a.md:3:7: error: date \"2023-02-30\" has no day 30 — write a real date")
    }

    @Test("a CSV problem names the column by its header")
    func csvField() {
        let problem = Diagnostic(file: "network/activity.csv", line: 17, field: "date", message: "\"2026-02-30\" has no day 30")
        #expect(problem.description == "network/activity.csv:17: error: column date: \"2026-02-30\" has no day 30")
    }

    @Test("a problem with an argument names the argument, not a file")
    func argument() {
        let problem = Diagnostic(argument: "--base-url", message: "\"ftp://x\" is not an http(s) address")
        #expect(problem.description == "--base-url: error: \"ftp://x\" is not an http(s) address")
        #expect(problem.line == nil)
    }

    @Test("warnings say so, and a list is sorted by file, line and column")
    func ordering() {
        let list = Diagnostics([
            Diagnostic(file: "b.md", line: 1, message: "x"),
            Diagnostic(file: "a.md", line: 9, column: 2, message: "y", severity: .warning),
            Diagnostic(file: "a.md", line: 9, column: 1, message: "z"),
        ])
        #expect(list.items.map(\.description) == ["a.md:9:1: error: z", "a.md:9:2: warning: y", "b.md:1: error: x"])
        #expect(list.errors.count == 2)
    }

    @Test("did-you-mean finds the closest known name and nothing for a stranger")
    func didYouMean() {
        #expect(DidYouMean.closest(to: "kitt", in: ["kit", "mastodon_instance"]) == ["kit"])
        #expect(DidYouMean.hint(for: "zzzzzz", in: ["kit"]) == "")
    }
}
