import Core
import Foundation
import Ledger
import Share
import Site

/// What `goodwill import linkedin-export` did.
public struct LinkedInExportImport: Sendable {
    /// The export as given.
    public var path: String
    public var files: [String]
    public var me: ExportMe
    public var messages: Int
    /// Rows of messages.csv left out, by reason.
    public var leftOut: [String: Int]
    public var summary: ConversationImportSummary
    public var dryRun: Bool
}

extension Workspace {
    /// Reads a LinkedIn data export (the zip or its folder) and merges what it shows into the
    /// ledger: the connections as contacts, shares and replies found in the messages, public posts
    /// that link an article. Everything is read and checked before anything is written.
    public func importLinkedInExport(at path: String, me given: String? = nil, dryRun: Bool = false,
                                     timeZone: TimeZone = .current) throws -> LinkedInExportImport {
        let archive = try ExportArchive(path: path)
        let export = try LinkedInExport.read(archive)
        guard let me = ExportMe.find(given: given, export: export) else {
            throw Diagnostic(file: path, message: "no message in it says who you are",
                             hint: "give your profile: --me https://www.linkedin.com/in/YOUR-NAME")
        }
        let links = try articleLinks()
        let batch = ConversationImport(connections: export.connections, messages: export.messages, me: me, links: links,
                                       posts: ConversationSignals.posts(export.posts, links: links),
                                       export: absolutePath(path), timeZone: timeZone)
        let summary = try store.importConversations(batch, on: today.day, dryRun: dryRun)
        return LinkedInExportImport(path: path, files: export.filesRead, me: me, messages: export.messages.count,
                                    leftOut: export.leftOut, summary: summary, dryRun: dryRun)
    }

    /// What `goodwill contacts adopt` did: the contact, and the rows the export had for them.
    public struct Adoption: Sendable {
        public var contact: Contact
        public var person: UnmatchedPerson
        /// The import of the export they were found in; nil when it is no longer there.
        public var reimport: LinkedInExportImport?
        /// For someone found in mail: the import of those mail files again.
        public var mailReimport: MailImport?
        /// The export that was looked for.
        public var export: String
    }

    /// Makes someone of the unmatched list a contact (or another profile of `joining`), then
    /// imports the export they were found in again, which brings in their rows and only what
    /// else is new.
    public func adopt(_ identity: String, joining existing: String? = nil, from exportPath: String? = nil,
                      timeZone: TimeZone = .current) throws -> Adoption {
        if let exportPath, !FileManager.default.fileExists(atPath: exportPath) {
            throw Diagnostic(input: "from", message: "\(exportPath) does not exist", hint: "give the LinkedIn export (zip or folder)")
        }
        let (contact, person) = try store.adopt(identity, joining: existing)
        let export = exportPath ?? person.export
        var adoption = Adoption(contact: contact, person: person, export: export)
        if person.identity.hasPrefix("email:") {
            // Found in mail: the mail files it was found in, read again.
            let paths = export.split(separator: "\n").map(String.init).filter { FileManager.default.fileExists(atPath: $0) }
            if !paths.isEmpty { adoption.mailReimport = try importMail(at: paths, timeZone: timeZone) }
        } else if FileManager.default.fileExists(atPath: export) {
            adoption.reimport = try importLinkedInExport(at: export, timeZone: timeZone)
        }
        return adoption
    }

    /// Every published article's addresses (current and `aliases:`) and every contact's token.
    func articleLinks() throws -> ArticleLinks {
        let content = contentReportingAll().content
        var paths: [(path: String, slug: String)] = []
        for article in content.articles where article.isPublished(at: today) {
            paths.append((article.urlPath, article.slug))
            for alias in article.aliases { paths.append((alias, article.slug)) }
        }
        var byToken: [String: String] = [:]
        // No secret yet means no tracked link was ever made: nothing to look for.
        if let tokens = try existingContactTokens() {
            for contact in try store.loadReportingAll().ledger.contacts { byToken[tokens.token(for: contact.id)] = contact.id }
        }
        return ArticleLinks(siteURL: config.baseURL, paths: paths, contactsByToken: byToken)
    }

    func absolutePath(_ path: String) -> String {
        URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL.path
    }
}
