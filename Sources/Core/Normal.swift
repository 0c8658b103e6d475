/// A normal form must be its own normal form: a slug made from a slug, or a URL normalised
/// twice, changes nothing. Some one-pass rules fall short of that on odd input (found by
/// fuzzing), so the pass is repeated until the text is stable, a few times at most.
public enum Normal {
    public static func form(of text: String, passes: Int = 4, _ pass: (String) -> String) -> String {
        var value = pass(text)
        for _ in 1..<passes {
            let again = pass(value)
            if again == value { break }
            value = again
        }
        return value
    }
}
