/// What a greeting calls a person: the first word of their name that is not an honorific or a
/// title, so `Dr. Ngozi Adeyemi` is greeted as Ngozi, not as "Dr.". Names in any script keep
/// their first word as written.
public enum PersonName {
    static let honorifics: Set = ["dr", "dr.", "prof", "prof.", "professor", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss",
                                  "mx", "mx.", "sir", "dame", "rev", "rev.", "herr", "frau", "m.", "mme", "mme."]

    public static func first(_ name: String) -> String {
        let words = name.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).map(String.init)
        return words.first { !honorifics.contains($0.lowercased()) } ?? words.first ?? name
    }
}
