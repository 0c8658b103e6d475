import ArgumentParser
import Foundation
import Ledger
import Workspace

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Record one thing that happened with a contact in network/activity.csv (or take a row back: log rm, log edit).",
        discussion: """
        Examples:
          goodwill log shared grace-hopper give-before-you-ask --via linkedin
          goodwill log replied grace-hopper give-before-you-ask --date 2024-03-14
          goodwill log rm --last
          goodwill log edit --line 17 --note "replied by phone"
        """,
        subcommands: [Record.self, Remove.self, Edit.self],
        defaultSubcommand: Record.self
    )
}

extension LogCommand {
  struct Record: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Record one thing that happened with a contact in network/activity.csv.",
        discussion: """
        Kinds: shared (ref = article slug), intro (ref = the other contact's id), helped, asked, received, replied (ref = the article it answers, optional), met. The entry is checked first (the contact exists, the article is published, the date is real and not in the future), then appended under a lock and synced to disk.

        Examples:
          goodwill log shared grace-hopper give-before-you-ask --via linkedin
          goodwill log intro grace-hopper alan-turing --note "both work on compilers"
          goodwill log replied grace-hopper give-before-you-ask --date 2024-03-14

        A second share of an article the contact has, a reply naming an article never sent to them, and a reply dated before the share are recorded with a warning. goodwill log rm and goodwill log edit take a row back.
        """
    )

    @OptionGroup var site: SiteLocation

    @Argument(help: ArgumentHelp("shared, intro, helped, asked, received, replied or met.", valueName: "kind"))
    var kind: String

    @Argument(help: ArgumentHelp("The contact's id.", valueName: "contact"))
    var contact: String

    @Argument(help: ArgumentHelp("The article slug (shared, replied) or other contact's id (intro).", valueName: "ref"))
    var ref: String = ""

    @Option(help: ArgumentHelp("The channel: linkedin, email, coffee, …", valueName: "via"))
    var via: String = ""

    @Option(parsing: .unconditional, help: ArgumentHelp("When it happened: YYYY-MM-DD, today, yesterday or -3d (default: today).", valueName: "date"))
    var date: String?

    @Option(help: ArgumentHelp("A private note.", valueName: "text"))
    var note: String = ""

    func run() throws {
        let workspace = try site.open()
        do {
            let logged = try workspace.log(.init(kind: try ActivityKind.parse(kind), contact: contact, ref: ref, via: Channel(via),
                                                 date: date ?? "today", note: note))
            print("Logged for \(logged.name): \(TimelineLine(logged.activity, viewedFrom: contact).text)")
            for warning in logged.warnings { FileHandle.standardError.write(Data("warning: \(warning)\n".utf8)) }
        } catch {
            throw CLIFailure.report(error, arguments: ["contact": "<contact>", "ref": "<ref>", "kind": "<kind>"])
        }
    }
}

  /// `--line N` or `--last`: the row a take-back names.
  struct RowChoice: ParsableArguments {
      @Option(help: ArgumentHelp("The line of network/activity.csv the row starts on (goodwill check and errors name it).", valueName: "n")) var line: Int?
      @Flag(help: "The last row.") var last = false

      func validate() throws {
          guard (line == nil) != !last else { throw ValidationError("give --line N or --last") }
      }

      var row: LedgerStore.ActivityRow { line.map(LedgerStore.ActivityRow.line) ?? .last }
  }

  struct Remove: ParsableCommand {
      static let configuration = CommandConfiguration(
          commandName: "rm",
          abstract: "Remove one row of network/activity.csv: the last, or the one starting on a line.",
          discussion: "Every other line stays byte for byte. Prints the row removed and the command that logs it again. Example: goodwill log rm --last")

      @OptionGroup var site: SiteLocation
      @OptionGroup var choice: RowChoice

      func run() throws {
          let workspace = try site.open()
          do {
              let removed = try workspace.unlog(choice.row)
              print("Removed line \(removed.line): \(TimelineLine(removed, viewedFrom: removed.contact).text) (\(removed.contact))")
              print("To log it again: \(Self.command(for: removed))")
          } catch {
              throw CLIFailure.report(error, arguments: ["line": "--line"])
          }
      }

      static func command(for activity: Activity) -> String {
          var words = ["goodwill", "log", activity.kind.rawValue, activity.contact]
          if !activity.ref.isEmpty { words.append(activity.ref) }
          if let via = activity.via { words += ["--via", via.text] }
          words += ["--date", activity.date.text]
          if !activity.note.isEmpty { words += ["--note", activity.note] }
          return words.map(ShellWord.quoted).joined(separator: " ")
      }
  }

  struct Edit: ParsableCommand {
      static let configuration = CommandConfiguration(
          abstract: "Change one row of network/activity.csv; it passes the same checks as goodwill log.",
          discussion: "Example: goodwill log edit --line 17 --date 2026-03-14 --note \"replied by phone\"")

      @OptionGroup var site: SiteLocation
      @OptionGroup var choice: RowChoice
      @Option(help: ArgumentHelp("The kind.", valueName: "kind")) var kind: String?
      @Option(help: ArgumentHelp("The contact's id.", valueName: "id")) var contact: String?
      @Option(help: ArgumentHelp("The article slug or other contact's id (\"\" clears it).", valueName: "ref")) var ref: String?
      @Option(help: ArgumentHelp("The channel (\"\" clears it).", valueName: "via")) var via: String?
      @Option(parsing: .unconditional, help: ArgumentHelp("When: YYYY-MM-DD, today, yesterday or -3d.", valueName: "date")) var date: String?
      @Option(help: ArgumentHelp("The note (\"\" clears it).", valueName: "text")) var note: String?

      func validate() throws {
          if [kind, contact, ref, via, date, note].allSatisfy({ $0 == nil }) { throw ValidationError("say what to change, e.g. --note \"…\"") }
      }

      func run() throws {
          let workspace = try site.open()
          do {
              let newKind = try kind.map { try ActivityKind.parse($0) }
              let (before, after) = try workspace.editLog(choice.row) { row in
                  if let newKind { row.kind = newKind }
                  if let contact { row.contact = contact }
                  if let ref { row.ref = ref }
                  if let via { row.via = Channel(via) }
                  if let date { row.date = date }
                  if let note { row.note = note }
              }
              print("Line \(before.line): \(TimelineLine(before, viewedFrom: before.contact).text) (\(before.contact))")
              print("     now: \(TimelineLine(after, viewedFrom: after.contact).text) (\(after.contact))")
          } catch {
              throw CLIFailure.report(error, arguments: ["line": "--line", "contact": "--contact", "ref": "--ref", "kind": "--kind", "date": "--date"])
          }
      }
  }
}
