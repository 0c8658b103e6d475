import Foundation

/// URL- and id-safe names: `Why give first?` → `why-give-first`, `Sales Ops` → `sales-ops`.
///
/// Accents are folded (`Café` → `cafe`) so slugs stay readable in an address bar;
/// letters of other scripts are kept rather than dropped.
public enum Slug {
    public static func make(from text: String) -> String {
        if let ascii = makeFromASCII(text) { return ascii }
        // Folding can leave a mark that folding the result removes (an Arabic vowel sign whose
        // letter went): `isValid` relies on a slug being its own slug (found by fuzzing an import
        // whose ids then failed their own check).
        return Normal.form(of: text, passes: 4, makeOnce)
    }

    private static func makeOnce(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var slug = String.UnicodeScalarView()
        var pendingSeparator = false
        for scalar in folded.unicodeScalars {
            if scalar == "'" || scalar == "\u{2019}" { continue }  // don't → dont, not don-t
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if pendingSeparator && !slug.isEmpty { slug.append("-") }
                pendingSeparator = false
                slug.append(scalar)
            } else {
                pendingSeparator = true
            }
        }
        return String(slug)
    }

    /// A slug is already in its own normal form.
    public static func isValid(_ text: String) -> Bool {
        !text.isEmpty && make(from: text) == text
    }
}

extension Slug {
    /// The same rules on plain ASCII text, without Foundation's accent folding (which showed
    /// up in build profiles: tags and headings are slugged for every page).
    static func makeFromASCII(_ text: String) -> String? {
        if isSlugAlready(text.utf8) { return text }
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var pendingSeparator = false
        for byte in text.utf8 {
            switch byte {
            case 0x80...: return nil
            case UInt8(ascii: "'"): continue
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                if pendingSeparator && !output.isEmpty { output.append(UInt8(ascii: "-")) }
                pendingSeparator = false
                output.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte)
            default:
                pendingSeparator = true
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Lowercase ASCII letters and digits in runs joined by single dashes: its own slug, kept
    /// without a copy (most tags and ids are written so).
    private static func isSlugAlready(_ bytes: String.UTF8View) -> Bool {
        var previousWasDash = true
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): previousWasDash = false
            case UInt8(ascii: "-") where !previousWasDash: previousWasDash = true
            default: return false
            }
        }
        return !previousWasDash
    }
}
