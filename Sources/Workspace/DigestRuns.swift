import Core
import Foundation
import Ledger

/// A segment's digest runs as `network/digests.csv` records them: which is unfinished (queued
/// for `--sendmail` and not all sent), the day of the last complete one, and the next run's name.
struct DigestRuns {
    struct Run {
        var name: String
        var folder: String
        /// Queued or written, in order.
        var messages: [DigestEvent] = []
        var sent: Set<String> = []

        var unsent: [DigestEvent] { messages.filter { $0.kind == .queued && !sent.contains($0.contact) } }
        var isComplete: Bool { unsent.isEmpty }
        /// The day in its name (`2026-12-02-2` → 2026-12-02).
        var day: ContentDate? { ContentDate(parsing: String(name.prefix(10))) }
    }

    /// In the order they were started.
    let runs: [Run]

    init(_ events: [DigestEvent], segment: String) {
        var runs: [Run] = []
        var position: [String: Int] = [:]
        for event in events where event.segment == segment {
            let index = position[event.run] ?? {
                runs.append(Run(name: event.run, folder: event.folder))
                position[event.run] = runs.count - 1
                return runs.count - 1
            }()
            if event.kind == .sent { runs[index].sent.insert(event.contact) } else { runs[index].messages.append(event) }
        }
        self.runs = runs
    }

    /// The latest run, when it still has messages to send.
    var unfinished: Run? {
        runs.last.flatMap { $0.isComplete ? nil : $0 }
    }

    /// The day of the last complete run.
    var lastComplete: ContentDate? {
        runs.filter(\.isComplete).compactMap(\.day).max()
    }

    /// `2026-12-02`, or `2026-12-02-2` when that name is a recorded run or a folder in `parent`.
    func nextName(on day: ContentDate, parent: URL) -> String {
        let names = Set(runs.map(\.name))
        var candidate = day.text
        var number = 1
        while names.contains(candidate) || FileManager.default.fileExists(atPath: parent.appendingPathComponent(candidate).path) {
            number += 1
            candidate = "\(day.text)-\(number)"
        }
        return candidate
    }
}
