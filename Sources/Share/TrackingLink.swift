import Crypto
import Foundation

/// Article links with tracking parameters, so the report can tell which platform and which
/// personal message brought a reader.
public struct TrackingLink: Sendable {
    /// The article's absolute URL.
    public let url: String
    public let slug: String

    /// `url` up to the source's value (`…?utm_source=`), and the encoded slug: made once, as
    /// every platform's snippet of the article asks (Foundation's encoding showed in profiles).
    private let start: String
    private let campaign: String

    public init(url: String, slug: String) {
        self.url = url
        self.slug = slug
        start = url + (url.utf8.contains(UInt8(ascii: "?")) ? "&" : "?") + "utm_source="
        campaign = Self.encode(slug)
    }

    /// `…?utm_source=<platform>&utm_medium=social&utm_campaign=<slug>`, plus
    /// `&utm_content=<token>` for one contact. `medium` says how the link travels: `social` for a
    /// post, `email`, or `message` for a private message on a network.
    public func url(for platform: Platform, contactToken: String? = nil, medium: String? = nil) -> String {
        let medium = medium ?? (platform == .email ? "email" : "social")
        var link = ""
        link.reserveCapacity(start.utf8.count + campaign.utf8.count + medium.utf8.count + (contactToken?.utf8.count ?? 0) + 64)  // one allocation
        link += start
        link += platform.rawValue
        link += "&utm_medium="
        link += medium
        link += "&utm_campaign="
        link += campaign
        if let contactToken {
            link += "&utm_content="
            link += contactToken
        }
        return link
    }

    private static func encode(_ value: String) -> String {
        // Slugs are nearly always letters, digits and hyphens, which need no encoding.
        let plain = value.utf8.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
        }
        if plain { return value }
        return value.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed.subtracting(CharacterSet(charactersIn: "&=+"))) ?? value
    }
}

/// An opaque, stable token for one contact: a keyed hash (HMAC-SHA256) of the contact's id
/// with a secret kept in the private `network/` folder. The same contact always gets the same
/// token; without the secret nobody can tell which contact a token stands for, or even test a guess.
public struct ContactToken: Sendable {
    /// The raw secret; the key is made from it when hashing (SymmetricKey is not Sendable).
    private let secret: Data

    public init(secret: Data) {
        self.secret = secret
    }

    /// 12 lowercase hex characters (48 bits): short enough for a link, long enough not to collide.
    public func token(for contactID: String) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: Data(contactID.utf8), using: SymmetricKey(data: secret))
        return code.prefix(6).map { String(format: "%02x", $0) }.joined()
    }

    /// The contact a token belongs to, among `ids`, or nil: tokens cannot be reversed, so each
    /// id's token is made and compared.
    public func owner(of token: String, among ids: [String]) -> String? {
        let wanted = token.lowercased()
        return ids.first { self.token(for: $0) == wanted }
    }

    /// The `utm_content` token in a tracked URL, or the text itself when it is a bare token.
    public static func token(in text: String) -> String {
        guard let range = text.range(of: "utm_content=") else { return text.trimmingCharacters(in: .whitespaces) }
        return String(text[range.upperBound...].prefix { $0 != "&" && $0 != "#" && !$0.isWhitespace })
    }

    /// The secret in `network/.share-secret`, created (32 random bytes) the first time it is needed.
    public static func secret(inNetworkFolder folder: URL) throws -> Data {
        let file = folder.appendingPathComponent(".share-secret")
        if let existing = FileManager.default.contents(atPath: file.path), existing.count >= 16 { return existing }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let secret = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }
        guard FileManager.default.createFile(atPath: file.path, contents: secret, attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: file.path])
        }
        return secret
    }
}
