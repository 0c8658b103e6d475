import Core
import Site

/// Links that open each network's own share or compose screen with the text filled in.
enum ShareLinks {
    static func link(for snippet: ShareSnippet, mastodonInstance: String) -> String {
        var link = UTF8Buffer(capacity: 64 + 3 * (snippet.text.utf8.count + (snippet.subject?.utf8.count ?? 0)))
        write(snippet, mastodonInstance: mastodonInstance, into: &link, inHTML: false)
        return link.text()
    }

    /// The link written into `buffer`; `inHTML` writes it as an HTML attribute value, straight
    /// from its parts: its percent-encoded parts need no escaping, only email's `&body=` and the
    /// site's Mastodon instance might (a share page has four links of up to 3 KB each).
    static func write(_ snippet: ShareSnippet, mastodonInstance: String, into buffer: inout UTF8Buffer, inHTML: Bool) {
        switch snippet.platform {
        case .linkedin:
            buffer.append("https://www.linkedin.com/sharing/share-offsite/?url="); encode(snippet.url, into: &buffer)
        case .x:
            buffer.append("https://x.com/intent/tweet?text="); encode(snippet.text, into: &buffer)
        case .bluesky:
            buffer.append("https://bsky.app/intent/compose?text="); encode(snippet.text, into: &buffer)
        case .mastodon:
            buffer.append("https://")
            if inHTML { buffer.append(mastodonInstance, escaping: .html) } else { buffer.append(mastodonInstance) }
            buffer.append("/share?text="); encode(snippet.text, into: &buffer)
        case .facebook:
            buffer.append("https://www.facebook.com/sharer/sharer.php?u="); encode(snippet.url, into: &buffer)
        case .email:
            buffer.append("mailto:?subject="); encode(snippet.subject ?? "", into: &buffer)
            buffer.append(inHTML ? "&amp;body=" : "&body="); encode(snippet.text, into: &buffer)
        }
    }

    /// Percent-encodes everything but RFC 3986's unreserved characters, on UTF-8 bytes. Each byte
    /// is one table entry, stored whole (four bytes, of which one or three count) with no branch:
    /// a share page encodes about 3 KB, a third of it spaces and punctuation, and a branch per
    /// byte that often went the other way showed in profiles.
    static func encode(_ text: String, into buffer: inout UTF8Buffer) {
        var text = text
        text.withUTF8 { bytes in
            // The last entry's fourth byte lands one past what it counts: room for it.
            buffer.append(upTo: bytes.count * 3 + 1) { output in
                var count = 0
                Self.encodings.withUnsafeBufferPointer { encodings in
                    for byte in bytes {
                        let entry = encodings[Int(byte)]
                        UnsafeMutableRawPointer(output + count).storeBytes(of: entry.littleEndian, as: UInt32.self)
                        count += Int(entry >> 24)
                    }
                }
                return count
            }
        }
    }

    /// For each byte: its encoding's bytes, first in the lowest, and their count in the highest.
    private static let encodings: [UInt32] = (0...255).map { value in
        let byte = UInt8(value)
        let unreserved = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || "-._~".utf8.contains(byte)
        if unreserved { return UInt32(byte) | 1 << 24 }
        let hex = Array("0123456789ABCDEF".utf8)
        return UInt32(UInt8(ascii: "%")) | UInt32(hex[Int(byte >> 4)]) << 8 | UInt32(hex[Int(byte & 0xF)]) << 16 | 3 << 24
    }
}
