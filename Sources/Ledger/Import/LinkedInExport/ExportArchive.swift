import Core
import Foundation
import ZIPFoundation

/// An export as the user downloaded it: a zip, read in place, or the folder it unpacks to.
/// Files are found by the start of their name, in any case: LinkedIn writes `messages.csv` and
/// `Messages.csv`, and the Complete export suffixes a member id (`Shares_155814142.csv`).
public final class ExportArchive {
    /// As the user gave it, for messages.
    public let path: String
    /// Every file's path inside the export, sorted.
    public let files: [String]
    private let zip: Archive?

    public init(path: String) throws(Diagnostic) {
        self.path = path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw Diagnostic(file: path, message: "no such file or folder", hint: "give the zip LinkedIn sent, or the folder it unpacks to")
        }
        if isFolder.boolValue {
            zip = nil
            let root = URL(fileURLWithPath: path).standardizedFileURL
            let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
            var found: [String] = []
            while let url = enumerator?.nextObject() as? URL {
                guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
                found.append(String(url.standardizedFileURL.path.dropFirst(root.path.count + 1)))
            }
            files = found.sorted()
        } else {
            do { zip = try Archive(url: URL(fileURLWithPath: path), accessMode: .read, pathEncoding: nil) } catch {
                throw Diagnostic(file: path, message: "is neither a zip file nor a folder",
                                 hint: "give the zip LinkedIn sent (Basic_ or Complete_LinkedInDataExport_….zip), or the folder it unpacks to")
            }
            files = zip.map { $0.filter { $0.type == .file }.map(\.path) }?.sorted() ?? []
        }
    }

    /// The CSV files whose name (without folders) starts with `prefix`, in any case.
    public func csvFiles(startingWith prefix: String) -> [String] {
        files.filter { file in
            let name = (file as NSString).lastPathComponent.lowercased()
            return name.hasPrefix(prefix.lowercased()) && name.hasSuffix(".csv")
        }
    }

    /// How a file inside is named in messages: `Basic_LinkedInDataExport.zip/messages.csv`.
    public func display(_ file: String) -> String {
        (path as NSString).lastPathComponent + "/" + file
    }

    /// The file's text, UTF-8 (LinkedIn writes nothing else).
    public func text(of file: String) throws(Diagnostic) -> String {
        do {
            if let zip {
                guard let entry = zip[file] else { throw Diagnostic(file: display(file), message: "is not in the zip") }
                var data = Data()
                _ = try zip.extract(entry, skipCRC32: false) { data.append($0) }
                return String(decoding: data, as: UTF8.self)
            }
            return String(decoding: try FileIO.read((path as NSString).appendingPathComponent(file)), as: UTF8.self)
        } catch let diagnostic as Diagnostic {
            throw diagnostic
        } catch {
            throw Diagnostic(file: display(file), message: "cannot be read: \(error)", hint: "download the export again")
        }
    }
}
