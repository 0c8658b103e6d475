import Core
import Foundation
@testable import Ledger
import Site

/// A throwaway site folder with a config that has segment rules, and its ledger.
struct LedgerSite {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static let config = """
        title: "Ledger test"
        base_url: "https://ledger.example/"
        segments:
          founders:
            title: Founders
            match: {position: ["(?i)founder|ceo"]}
          sales-leaders:
            title: Sales leaders
            match: {position: ["(?i)sales|revenue"]}
          consultants:
            title: Consultants
            match: {position: ["(?i)consultant|advisor"], tags: ["(?i)^consulting$"]}

        """

    let root: URL

    init(contacts: String? = nil, activity: String? = nil) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("goodwill-ledger-\(UUID().uuidString)")
        try write(Self.config, to: "goodwill.yml")
        if let contacts { try write(contacts, to: "network/contacts.csv") }
        if let activity { try write(activity, to: "network/activity.csv") }
    }

    func write(_ text: String, to path: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: false, encoding: .utf8)
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    var store: LedgerStore {
        get throws {
            let config = try ConfigLoader.load(siteRoot: root, otherKeys: ConfigKeys(segmentSettings: LedgerSettings.segmentSettings))
            return LedgerStore(siteRoot: root, settings: try LedgerSettings.parse(config.document, file: ConfigLoader.fileName))
        }
    }

    /// Imports a fixture file from Tests/Fixtures/imports.
    @discardableResult
    func importFixture(_ name: String, as format: ImportFormat) throws -> ImportSummary {
        let text = try String(contentsOf: Self.fixtures.appendingPathComponent("imports/\(name)"), encoding: .utf8)
        return try store.importContacts(try format.parse(text, file: name))
    }

    /// The errors loading the ledger reports.
    func loadErrors() throws -> [String] {
        do {
            _ = try store.load()
            return []
        } catch let failure as Diagnostics {
            return failure.errors.map(\.description)
        }
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}
